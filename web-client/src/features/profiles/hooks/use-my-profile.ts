import { useQuery } from "@tanstack/react-query";
import { fetchMyProfile } from "../api/profiles-api";

export const MY_PROFILE = ["profiles", "me"] as const;

export function useMyProfile() {
  return useQuery({ queryKey: MY_PROFILE, queryFn: fetchMyProfile });
}
