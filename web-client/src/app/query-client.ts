import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "@/api/problem";

/** Retries only what may pass on a second try: not a 4xx, which the same request would get again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
