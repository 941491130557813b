import { ChatPrivacy } from "@/features/chat/components/chat-privacy";
import { SettingsPage as AccountSettings } from "@/features/settings/components/settings-page";

/** Settings: the account's own, then whether friends see me active. */
export function SettingsPage() {
  return (
    <AccountSettings>
      <ChatPrivacy />
    </AccountSettings>
  );
}
