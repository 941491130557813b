import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { messageOf } from "@/api/problem";
import { Card } from "@/components/card";
import { Banner, Failed, Loading } from "@/components/states";
import { fetchChatSettings, saveChatSettings } from "../api/chat-api";
import styles from "./messenger.module.css";

const SETTINGS = ["chat", "settings"] as const;

/** Whether friends see me active in chat; hiding it hides theirs from me too (the service's rule). */
export function ChatPrivacy() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS, queryFn: fetchChatSettings });
  const save = useMutation({
    mutationFn: saveChatSettings,
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS, saved),
  });
  return (
    <Card title="Active status">
      {save.isError ? <Banner>{messageOf(save.error)}</Banner> : null}
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <Failed error={settings.error} retry={() => settings.refetch()} />
      ) : (
        <label className={styles.setting}>
          <input
            type="checkbox"
            checked={save.isPending ? Boolean(save.variables) : settings.data.showPresence}
            disabled={save.isPending}
            onChange={(event) => save.mutate(event.target.checked)}
          />
          Show friends when I'm active in chat (when off, I don't see theirs either)
        </label>
      )}
    </Card>
  );
}
