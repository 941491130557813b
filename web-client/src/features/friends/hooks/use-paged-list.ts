import { useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "../api/friends-api";

/** A newest-first list read page by page ("Show more"). */
export function usePagedList<T>(key: readonly unknown[], fetchPage: (cursor?: string) => Promise<Page<T>>) {
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
