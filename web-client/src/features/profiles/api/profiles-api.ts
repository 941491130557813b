import { dataOf, profileApi } from "@/api/client";
import type { components } from "@/api/generated/user-profile-service";

export type Profile = components["schemas"]["ProfileView"];
export type EditableProfile = components["schemas"]["EditableProfile"];
export type PrivacySettings = components["schemas"]["PrivacySettings"];
export type Audience = PrivacySettings["bio"];
export type PersonFound = components["schemas"]["PersonFound"];
export type RelationshipStatus = NonNullable<Profile["relationshipStatus"]>;

/** The caller's profile and the version it is at (its ETag), which an edit must name in If-Match. */
export interface OwnProfile {
  profile: Profile;
  version: string;
}

export async function fetchMyProfile(): Promise<OwnProfile> {
  const result = await profileApi.GET("/api/profiles/me");
  return { profile: dataOf(result), version: result.response.headers.get("ETag") ?? "" };
}

/** A merge patch of the parts that changed (null empties a part), made on `version`. */
export async function editMyProfile(version: string, patch: Partial<Record<keyof EditableProfile, unknown>>): Promise<OwnProfile> {
  const result = await profileApi.PATCH("/api/profiles/me", {
    params: { header: { "If-Match": version } },
    body: patch as EditableProfile,
    headers: { "Content-Type": "application/merge-patch+json" },
  });
  return { profile: dataOf(result), version: result.response.headers.get("ETag") ?? "" };
}

export type ImageKind = "avatar" | "cover";

export async function uploadImage(kind: ImageKind, file: File): Promise<OwnProfile> {
  const form = new FormData();
  form.append("file", file);
  const path = kind === "avatar" ? "/api/profiles/me/avatar" : "/api/profiles/me/cover";
  const result = await profileApi.PUT(path, {
    body: { file: "" },
    bodySerializer: () => form,
  });
  return { profile: dataOf(result), version: result.response.headers.get("ETag") ?? "" };
}

export async function fetchPrivacy(): Promise<PrivacySettings> {
  return dataOf(await profileApi.GET("/api/profiles/me/privacy"));
}

export async function changePrivacy(settings: PrivacySettings): Promise<PrivacySettings> {
  return dataOf(await profileApi.PUT("/api/profiles/me/privacy", { body: settings }));
}

/** The caller's profile as `viewer` sees it; as a stranger does when no viewer is named. */
export async function viewMyProfileAs(viewer?: string): Promise<Profile> {
  return dataOf(await profileApi.GET("/api/profiles/me/view-as", { params: { query: viewer ? { viewer } : {} } }));
}

export async function fetchProfile(userId: string): Promise<Profile> {
  return dataOf(await profileApi.GET("/api/profiles/{userId}", { params: { path: { userId } } }));
}
