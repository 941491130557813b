import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { messageOf } from "@/api/problem";
import { Card } from "@/components/card";
import { Banner, Failed, Loading } from "@/components/states";
import { fetchPreferences, savePreferences, type Preferences } from "../api/notifications-api";
import styles from "./notifications.module.css";

const PREFERENCES = ["notifications", "preferences"] as const;

/** Each type in words; a type the service adds later shows by its name until it is named here. */
const LABELS: Record<string, string> = {
  FRIEND_REQUEST_RECEIVED: "Someone sends me a friend request",
  FRIEND_REQUEST_ACCEPTED: "Someone accepts my friend request",
  NEW_MESSAGES: "New messages (not from muted conversations)",
  FRIEND_AVATAR_CHANGED: "A friend changes their profile picture",
  WELCOME: "Welcome and account news",
};

/** Which notifications I get: one switch per type, saved as it is flipped. */
export function NotificationPreferences() {
  const queryClient = useQueryClient();
  const preferences = useQuery({ queryKey: PREFERENCES, queryFn: fetchPreferences });
  const save = useMutation({
    mutationFn: (change: Preferences) => savePreferences(change),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES, saved),
  });
  return (
    <Card title="Notifications">
      {save.isError ? <Banner>{messageOf(save.error)}</Banner> : null}
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <Failed error={preferences.error} retry={() => preferences.refetch()} />
      ) : (
        <fieldset className={styles.preferences}>
          <legend className={styles.legend}>Notify me when</legend>
          {Object.entries(preferences.data).map(([type, on]) => (
            <label key={type} className={styles.preference}>
              <input
                type="checkbox"
                checked={save.isPending && save.variables?.[type] !== undefined ? Boolean(save.variables[type]) : on}
                disabled={save.isPending}
                onChange={(event) => save.mutate({ [type]: event.target.checked })}
              />
              {LABELS[type] ?? type}
            </label>
          ))}
        </fieldset>
      )}
    </Card>
  );
}
