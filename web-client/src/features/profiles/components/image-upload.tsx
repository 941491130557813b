import { useId, useRef } from "react";
import { Button } from "@/components/button";
import type { ImageKind } from "../api/profiles-api";
import styles from "./image-upload.module.css";

const ACCEPTED = "image/jpeg,image/png,image/gif";

/** A button that picks an image; the choice is framed (image-crop.tsx) to save or discard before it is uploaded. */
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

export { styles as imageUploadStyles };
