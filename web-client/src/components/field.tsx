import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import styles from "./field.module.css";

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled control with its hint and the server's message for it, tied together for screen readers. */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { id, described: described || undefined };
}

function Frame({ id, label, hint, error, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, described } = useFieldIds(error, hint);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input id={id} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
    </Frame>
  );
}

export function TextArea({ label, hint, error, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, described } = useFieldIds(error, hint);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
    </Frame>
  );
}

export function SelectField({ label, hint, error, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, described } = useFieldIds(error, hint);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select id={id} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={described} {...select}>
        {children}
      </select>
    </Frame>
  );
}
