import { useMutation, useQueryClient } from "@tanstack/react-query";

/** Every friend action changes lists, statuses and suggestions: refresh them all, and the profiles they show. */
export function useFriendAction<T>(action: (argument: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["friends"] }),
        queryClient.invalidateQueries({ queryKey: ["profiles"] }),
        queryClient.invalidateQueries({ queryKey: ["search"] }),
      ]),
  });
}
