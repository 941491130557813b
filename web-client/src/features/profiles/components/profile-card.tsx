import type { ReactNode } from "react";
import { Avatar } from "@/components/avatar";
import type { PrivacySettings, Profile } from "../api/profiles-api";
import { audienceLabel, PROFILE_PARTS, relationshipLabel } from "../profile-fields";
import styles from "./profile-card.module.css";

/**
 * A profile as the viewer may see it: what the server left out is not shown. Every part is plain text: user
 * content is never rendered as HTML.
 */
export function ProfileCard({
  profile,
  actions,
  subtitle,
  privacy,
  coverActions,
  avatarSlot,
}: {
  profile: Profile;
  actions?: ReactNode;
  subtitle?: ReactNode;
  /** The owner's settings, to show each part's audience beside it. */
  privacy?: PrivacySettings | undefined;
  coverActions?: ReactNode;
  avatarSlot?: ReactNode;
}) {
  const name = profile.displayName ?? "";
  const shown = PROFILE_PARTS.filter((part) => profile[part.key]);
  return (
    <article className={styles.card} aria-label={`${name}'s profile`}>
      <div className={styles.cover}>
        {profile.cover ? <img className={styles.coverImage} src={profile.cover} alt="" /> : null}
        {coverActions}
      </div>
      <div className={styles.identity}>
        {avatarSlot ?? <Avatar name={name} src={profile.avatar?.large} size="large" />}
        <div className={styles.names}>
          <h1 className={styles.name}>{name}</h1>
          {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
        </div>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </div>
      {shown.length > 0 ? (
        <dl className={styles.details}>
          {shown.map((part) => {
            const value = profile[part.key];
            const text =
              part.key === "relationshipStatus" && value
                ? relationshipLabel(value as NonNullable<Profile["relationshipStatus"]>)
                : String(value);
            return (
              <div key={part.key} className={styles.detail}>
                <dt>
                  {part.label}
                  {privacy ? <span className={styles.badge}>{audienceLabel(privacy[part.key])}</span> : null}
                </dt>
                <dd>{text}</dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p className={styles.empty}>Nothing else to see here yet.</p>
      )}
    </article>
  );
}
