import { useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { ChatSocket, chatSocketUrl, type ChatStatus } from "../model/chat-socket";
import type { ServerFrame } from "../model/frames";

export const CONVERSATIONS = ["chat", "conversations"] as const;

const ChatContext = createContext<ChatSocket | undefined>(undefined);

/**
 * The tab's one chat connection, opened when a person is logged in and shared by every chat screen (and the
 * navigation's unread count). A frame that changes what the conversation list shows makes it read again.
 */
export function ChatProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [socket] = useState(() => new ChatSocket({ url: chatSocketUrl() }));

  useEffect(() => {
    socket.start();
    const online = () => socket.reconnectNow();
    window.addEventListener("online", online);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshList = () => {
      // A burst of frames (a sync after a reconnect) refreshes the list once.
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: CONVERSATIONS }), 300);
    };
    const stopFrames = socket.onFrame((frame) => {
      if (changesList(frame)) {
        refreshList();
      }
    });
    const stopStatus = socket.onStatus((status) => {
      if (status === "online") {
        refreshList();
      }
    });
    return () => {
      clearTimeout(timer);
      stopFrames();
      stopStatus();
      window.removeEventListener("online", online);
      socket.stop();
    };
  }, [socket, queryClient]);

  return <ChatContext.Provider value={socket}>{children}</ChatContext.Provider>;
}

/** Frames after which the list's previews, order or unread counts may differ. */
const LIST_FRAMES = new Set<ServerFrame["type"]>(["ack", "message", "message-changed", "messages", "read", "conversation-changed"]);

function changesList(frame: ServerFrame): boolean {
  return LIST_FRAMES.has(frame.type) && !(frame.type === "messages" && frame.messages.length === 0);
}

export function useChatSocket(): ChatSocket {
  const socket = useContext(ChatContext);
  if (!socket) {
    throw new Error("useChatSocket outside ChatProvider");
  }
  return socket;
}

/** The connection's state, for "Reconnecting…". */
export function useChatStatus(): ChatStatus {
  const socket = useChatSocket();
  return useSyncExternalStore(
    (onChange) => socket.onStatus(onChange),
    () => socket.status,
  );
}

/** Calls `listener` with every frame while the component is shown. */
export function useChatFrames(listener: (frame: ServerFrame) => void): void {
  const socket = useChatSocket();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => socket.onFrame((frame) => latest.current(frame)), [socket]);
}
