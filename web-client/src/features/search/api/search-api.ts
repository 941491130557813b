import { dataOf, profileApi } from "@/api/client";
import type { components } from "@/api/generated/user-profile-service";

export type PersonFound = components["schemas"]["PersonFound"];

export interface PeopleFound {
  people: PersonFound[];
  next?: string | undefined;
}

/** People whose name matches, among those whose settings let the caller find them. */
export async function searchPeople(q: string, cursor?: string): Promise<PeopleFound> {
  const found = dataOf(await profileApi.GET("/api/profiles/search", { params: { query: { q, cursor, limit: 20 } } }));
  return { people: found?.people ?? [], next: found?.next };
}
