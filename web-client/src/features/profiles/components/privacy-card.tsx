import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { Banner, Failed, Loading } from "@/components/states";
import { changePrivacy, fetchPrivacy, type PrivacySettings } from "../api/profiles-api";
import { AudienceSelect } from "./audience-select";
import styles from "./profile-forms.module.css";

export const PRIVACY = ["profiles", "privacy"] as const;

export function usePrivacy() {
  return useQuery({ queryKey: PRIVACY, queryFn: fetchPrivacy });
}

/** The settings that belong to no single part: who sees the friends list, who finds the person by search. */
export function PrivacyCard() {
  const queryClient = useQueryClient();
  const privacy = usePrivacy();
  const [draft, setDraft] = useState<PrivacySettings>();
  useEffect(() => setDraft(privacy.data), [privacy.data]);
  const save = useMutation({
    mutationFn: changePrivacy,
    onSuccess: (saved) => {
      queryClient.setQueryData(PRIVACY, saved);
      void queryClient.invalidateQueries({ queryKey: ["profiles", "view-as"] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft) {
      save.mutate(draft);
    }
  }

  return (
    <Card title="Privacy">
      {privacy.isPending || !draft ? (
        privacy.isError ? <Failed error={privacy.error} retry={() => privacy.refetch()} /> : <Loading />
      ) : (
        <form className={styles.form} onSubmit={submit} aria-label="Privacy">
          <p className={styles.muted}>Who sees each part of your profile is chosen beside it when you edit your profile.</p>
          {save.isError ? <Banner>{messageOf(save.error)}</Banner> : null}
          {save.isSuccess ? <Banner tone="notice">Your privacy settings are saved.</Banner> : null}
          <div className={styles.privacy}>
            <AudienceSelect
              label="Who can see your friends list"
              name="friendsList"
              value={draft.friendsList}
              onChange={(friendsList) => setDraft({ ...draft, friendsList })}
            />
            <AudienceSelect
              label="Who can find you by search"
              name="searchableBy"
              value={draft.searchableBy}
              onChange={(searchableBy) => setDraft({ ...draft, searchableBy })}
            />
          </div>
          <div className={styles.buttons}>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save privacy"}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
