import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiError, messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { SelectField, TextArea, TextField } from "@/components/field";
import { Banner } from "@/components/states";
import { changePrivacy, editMyProfile, type OwnProfile, type PrivacySettings } from "../api/profiles-api";
import { MY_PROFILE } from "../hooks/use-my-profile";
import { mergePatch, PROFILE_PARTS, RELATIONSHIP_STATUSES, type ProfilePart } from "../profile-fields";
import { AudienceSelect } from "./audience-select";
import { PRIVACY } from "./privacy-card";
import styles from "./profile-forms.module.css";

/**
 * Every part of the profile with who may see it. Saving sends only what changed: a merge patch made on the
 * version shown (If-Match), then the audiences if any changed. The server's field errors show beside each field.
 */
export function EditProfileForm({ own, privacy, onDone }: { own: OwnProfile; privacy: PrivacySettings; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [audiences, setAudiences] = useState<PrivacySettings>(privacy);
  const save = useMutation({
    mutationFn: async (values: Record<string, string>) => {
      const patch = mergePatch(own.profile as Record<string, string | undefined>, values);
      let saved = own;
      if (Object.keys(patch).length > 0) {
        saved = await editMyProfile(own.version, patch);
      }
      const savedPrivacy = JSON.stringify(audiences) !== JSON.stringify(privacy) ? await changePrivacy(audiences) : privacy;
      return { saved, savedPrivacy };
    },
    onSuccess: ({ saved, savedPrivacy }) => {
      queryClient.setQueryData(MY_PROFILE, saved);
      queryClient.setQueryData(PRIVACY, savedPrivacy);
      void queryClient.invalidateQueries({ queryKey: ["profiles", "view-as"] });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.kind === "profile-changed") {
        void queryClient.invalidateQueries({ queryKey: MY_PROFILE });
      }
    },
  });
  const problem = save.error instanceof ApiError ? save.error : undefined;
  const errorOf = (field: string) => problem?.fieldError(field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values: Record<string, string> = { displayName: String(data.get("displayName") ?? "") };
    for (const part of PROFILE_PARTS) {
      values[part.key] = String(data.get(part.key) ?? "");
    }
    save.mutate(values);
  }

  return (
    <Card title="Edit profile">
      <form className={styles.form} onSubmit={submit} noValidate aria-label="Edit profile">
        {save.isError && !problem?.problem.errors?.length ? (
          <Banner>
            {problem?.kind === "profile-changed"
              ? "Your profile was changed elsewhere in the meantime. It has been reloaded: please make your change again."
              : messageOf(save.error)}
          </Banner>
        ) : null}
        <TextField label="Name" name="displayName" defaultValue={own.profile.displayName} maxLength={50} required autoComplete="name" error={errorOf("displayName")} hint="Everyone can see your name." />
        {PROFILE_PARTS.map((part) => (
          <div key={part.key} className={styles.part}>
            <PartInput part={part} value={own.profile[part.key]} error={errorOf(part.key)} />
            <AudienceSelect
              label={`Who sees your ${part.label.toLowerCase()}`}
              name={`audience-${part.key}`}
              value={audiences[part.key]}
              onChange={(audience) => setAudiences({ ...audiences, [part.key]: audience })}
            />
          </div>
        ))}
        <div className={styles.buttons}>
          <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function PartInput({ part, value, error }: { part: ProfilePart; value: unknown; error: string | undefined }) {
  const text = typeof value === "string" ? value : "";
  switch (part.type) {
    case "textarea":
      return <TextArea label={part.label} name={part.key} defaultValue={text} maxLength={part.maxLength} error={error} />;
    case "relationship":
      return (
        <SelectField label={part.label} name={part.key} defaultValue={text} error={error}>
          <option value="">Not set</option>
          {RELATIONSHIP_STATUSES.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </SelectField>
      );
    default:
      return <TextField label={part.label} name={part.key} type={part.type} defaultValue={text} maxLength={part.maxLength} error={error} />;
  }
}
