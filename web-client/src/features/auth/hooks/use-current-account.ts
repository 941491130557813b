import { useQuery } from "@tanstack/react-query";
import { fetchCurrentAccount } from "../api/auth-api";

export const CURRENT_ACCOUNT = ["auth", "me"] as const;

export function useCurrentAccount() {
  return useQuery({ queryKey: CURRENT_ACCOUNT, queryFn: fetchCurrentAccount, staleTime: 60_000 });
}
