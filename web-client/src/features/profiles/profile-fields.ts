import type { Audience, EditableProfile, PrivacySettings, RelationshipStatus } from "./api/profiles-api";

/** The parts of a profile a person edits beside the name, each with the privacy setting that decides its audience. */
export interface ProfilePart {
  key: Exclude<keyof EditableProfile, "displayName"> & keyof PrivacySettings;
  label: string;
  type: "text" | "textarea" | "date" | "url" | "tel" | "relationship";
  maxLength?: number;
}

export const PROFILE_PARTS: ProfilePart[] = [
  { key: "bio", label: "Bio", type: "textarea", maxLength: 500 },
  { key: "pronouns", label: "Pronouns", type: "text", maxLength: 40 },
  { key: "work", label: "Work", type: "text", maxLength: 200 },
  { key: "education", label: "Education", type: "text", maxLength: 200 },
  { key: "currentCity", label: "Current city", type: "text", maxLength: 100 },
  { key: "hometown", label: "Hometown", type: "text", maxLength: 100 },
  { key: "relationshipStatus", label: "Relationship status", type: "relationship" },
  { key: "birthday", label: "Birthday", type: "date" },
  { key: "website", label: "Website", type: "url", maxLength: 200 },
  { key: "phone", label: "Phone", type: "tel", maxLength: 20 },
];

export const AUDIENCES: { value: Audience; label: string }[] = [
  { value: "PUBLIC", label: "Public" },
  { value: "FRIENDS_OF_FRIENDS", label: "Friends of friends" },
  { value: "FRIENDS", label: "Friends" },
  { value: "ONLY_ME", label: "Only me" },
];

export function audienceLabel(audience: Audience): string {
  return AUDIENCES.find((entry) => entry.value === audience)?.label ?? audience;
}

export const RELATIONSHIP_STATUSES: { value: RelationshipStatus; label: string }[] = [
  { value: "SINGLE", label: "Single" },
  { value: "IN_A_RELATIONSHIP", label: "In a relationship" },
  { value: "ENGAGED", label: "Engaged" },
  { value: "MARRIED", label: "Married" },
  { value: "IN_A_CIVIL_UNION", label: "In a civil union" },
  { value: "IN_AN_OPEN_RELATIONSHIP", label: "In an open relationship" },
  { value: "ITS_COMPLICATED", label: "It's complicated" },
  { value: "SEPARATED", label: "Separated" },
  { value: "DIVORCED", label: "Divorced" },
  { value: "WIDOWED", label: "Widowed" },
];

export function relationshipLabel(status: RelationshipStatus): string {
  return RELATIONSHIP_STATUSES.find((entry) => entry.value === status)?.label ?? status;
}

/**
 * The merge patch that turns `before` into `after`: only the parts that changed, an emptied part as null.
 */
export function mergePatch(
  before: Partial<Record<keyof EditableProfile, string | undefined | null>>,
  after: Partial<Record<keyof EditableProfile, string>>,
): Partial<Record<keyof EditableProfile, string | null>> {
  const patch: Partial<Record<keyof EditableProfile, string | null>> = {};
  for (const [key, value] of Object.entries(after) as [keyof EditableProfile, string][]) {
    const was = before[key] ?? "";
    const now = value.trim();
    if (now !== was) {
      patch[key] = now === "" && key !== "displayName" ? null : now;
    }
  }
  return patch;
}
