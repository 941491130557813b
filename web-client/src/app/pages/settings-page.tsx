import { ChatPrivacy } from "@/features/chat/components/chat-privacy";
import { NotificationPreferences } from "@/features/notifications/components/notification-preferences";
import { SettingsPage as AccountSettings } from "@/features/settings/components/settings-page";

/** Settings: the account's own, then which notifications come and whether friends see me active. */
export function SettingsPage() {
  return (
    <AccountSettings>
      <NotificationPreferences />
      <ChatPrivacy />
    </AccountSettings>
  );
}
