import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Banner } from "@/components/states";
import { uploadImage, type ImageKind } from "../api/profiles-api";
import { MY_PROFILE } from "../hooks/use-my-profile";
import styles from "./image-upload.module.css";

const ACCEPTED = "image/jpeg,image/png,image/gif";
const MAX_BYTES = 10 * 1024 * 1024;

/** A button that picks an image; the choice is shown as a preview to save or discard before it is uploaded. */
export function ImageChooser({ kind, onChosen, round = false }: { kind: ImageKind; onChosen: (file: File) => void; round?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const label = kind === "avatar" ? "Change profile picture" : "Change cover";
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ACCEPTED}
        hidden
        data-testid={`${kind}-file`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) {
            onChosen(file);
          }
          event.target.value = "";
        }}
      />
      {round ? (
        <button type="button" className={styles.round} aria-label={label} title={label} onClick={() => input.current?.click()}>
          <svg className={styles.camera} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
            <path d="M9 4 7.2 6H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-3.2L15 4zm3 4.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9m0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5" />
          </svg>
        </button>
      ) : (
        <Button variant="secondary" small onClick={() => input.current?.click()}>
          {label}
        </Button>
      )}
    </>
  );
}

/** The preview of a chosen image, and its upload. */
export function ImagePreview({ kind, file, onDone }: { kind: ImageKind; file: File; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(file);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  const upload = useMutation({
    mutationFn: () => uploadImage(kind, file),
    onSuccess: (profile) => {
      queryClient.setQueryData(MY_PROFILE, profile);
      onDone();
    },
  });
  const tooLarge = file.size > MAX_BYTES;
  const title = kind === "avatar" ? "New profile picture" : "New cover photo";
  return (
    <section className={styles.preview} aria-label={title}>
      <h2>{title}</h2>
      {url ? <img className={kind === "avatar" ? styles.previewAvatar : styles.previewImage} src={url} alt={`Preview of the ${title.toLowerCase()}`} /> : null}
      {tooLarge ? <Banner>This image is larger than 10 MB. Please choose a smaller one.</Banner> : null}
      {upload.isError ? <Banner>{messageOf(upload.error)}</Banner> : null}
      <div className={styles.row}>
        <Button variant="secondary" onClick={onDone} disabled={upload.isPending}>
          Cancel
        </Button>
        <Button onClick={() => upload.mutate()} disabled={upload.isPending || tooLarge}>
          {upload.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </section>
  );
}

export { styles as imageUploadStyles };
