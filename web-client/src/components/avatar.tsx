import styles from "./avatar.module.css";

/** A person's picture, or their initials on a coloured disc when they have none. */
export function Avatar({
  name,
  src,
  size = "medium",
}: {
  name: string;
  src?: string | null | undefined;
  size?: "small" | "medium" | "large";
}) {
  const className = `${styles.avatar} ${styles[size]}`;
  if (src) {
    return <img className={className} src={src} alt="" />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span className={className} aria-hidden="true">
      {initials || "?"}
    </span>
  );
}
