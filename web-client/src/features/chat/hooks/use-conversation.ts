import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { fetchHistory, fetchNewer, hideMessage } from "../api/chat-api";
import type { Ack, Message } from "../model/frames";
import {
  acknowledge,
  addNewer,
  addOlder,
  around,
  addPending,
  discard,
  EMPTY_LOG,
  firstSequence,
  lastSequence,
  leavesGap,
  mergeLive,
  mergeMessages,
  newClientMessageId,
  refuse,
  removeMessage,
  replaceHeld,
  retry,
  type MessageLog,
} from "../model/message-log";
import { useChatFrames, useChatSocket, useChatStatus } from "./chat-context";

type Change =
  | { type: "older"; page: Message[]; hasMore: boolean }
  | { type: "newer"; page: Message[]; hasMore: boolean }
  | { type: "around"; log: MessageLog }
  | { type: "reset" }
  | { type: "merge"; messages: Message[] }
  | { type: "live"; messages: Message[] }
  | { type: "changed"; message: Message }
  | { type: "removed"; sequence: number }
  | { type: "pending"; message: Message }
  | { type: "ack"; ack: Ack }
  | { type: "refused"; clientMessageId: string; failure: string }
  | { type: "retry"; clientMessageId: string }
  | { type: "discard"; clientMessageId: string };

function reducerFor(me: string) {
  return (log: MessageLog, change: Change): MessageLog => {
    switch (change.type) {
      case "older":
        return addOlder(log, change.page, change.hasMore);
      case "newer":
        return addNewer(log, change.page, change.hasMore);
      case "around":
        return { ...change.log, messages: [...change.log.messages, ...log.messages.filter((message) => message.state !== "sent")] };
      case "reset":
        return { ...EMPTY_LOG, messages: log.messages.filter((message) => message.state !== "sent") };
      case "merge":
        return mergeMessages(log, change.messages);
      case "live":
        return mergeLive(log, change.messages);
      case "changed":
        return replaceHeld(log, change.message);
      case "removed":
        return removeMessage(log, change.sequence);
      case "pending":
        return addPending(log, change.message);
      case "ack":
        return acknowledge(log, me, change.ack);
      case "refused":
        return refuse(log, me, change.clientMessageId, change.failure);
      case "retry":
        return retry(log, me, change.clientMessageId);
      case "discard":
        return discard(log, me, change.clientMessageId);
    }
  };
}

const TYPING_SHOWN_MS = 3_000;
const TYPING_SENT_EVERY_MS = 2_000;
const SAFETY_SYNC_MS = 20_000;

/**
 * One open conversation, live: its newest history page first, older pages on demand (`before=`), then every push,
 * ack, change, read receipt and typing signal from the shared socket. Only after the first page is held does the
 * socket sync it (from that page's last number), so a conversation of 10,000 messages is never read whole.
 *
 * Opened at a message (`focus`: a search result, a quoted message not loaded), it holds the pages around that one
 * instead, newer pages come on demand (`after=`), and the socket syncs it only once those reach the newest.
 */
export function useConversation(conversationId: string, me: string, myReadSequence: number, focus?: number) {
  const socket = useChatSocket();
  const status = useChatStatus();
  const [log, dispatch] = useReducer(reducerFor(me), EMPTY_LOG);
  const logRef = useRef(log);
  logRef.current = log;
  const [loaded, setLoaded] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<unknown>();
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [readBy, setReadBy] = useState<Record<string, number>>({});
  const [deliveredTo, setDeliveredTo] = useState<Record<string, number>>({});
  const lastTypingSent = useRef(0);
  const readSent = useRef(myReadSequence);

  // Where the log is opened: at a message, or (undefined) at the newest. Each opening reads its first pages again.
  const [opening, setOpening] = useState({ at: focus, generation: 0 });
  const at = opening.at;
  const loadFirst = useCallback(() => {
    let cancelled = false;
    setError(undefined);
    const first =
      at === undefined
        ? fetchHistory(conversationId).then((page): Change => ({ type: "older", page: page.items, hasMore: page.hasMore }))
        : Promise.all([fetchHistory(conversationId, at + 1), fetchNewer(conversationId, at)]).then(
            ([upTo, after]): Change => ({ type: "around", log: around(upTo, after) }),
          );
    first
      .then((change) => {
        if (!cancelled) {
          dispatch(change);
          setLoaded(true);
        }
      })
      .catch((failure: unknown) => !cancelled && setError(failure));
    return () => {
      cancelled = true;
    };
    // `generation` opens the same place again (the same message chosen twice).
  }, [conversationId, at, opening.generation]);

  useEffect(loadFirst, [loadFirst]);

  /** Leaves what is held for the pages at a message (`sequence`) or, undefined, the newest ones. */
  const openAt = useCallback((sequence: number | undefined) => {
    dispatch({ type: "reset" });
    setLoaded(false);
    setOpening((now) => ({ at: sequence, generation: now.generation + 1 }));
  }, []);

  // Once the newest messages are held: catch up from them after every (re)connection.
  const live = loaded && !log.hasNewer;
  useEffect(() => {
    if (!live) {
      return undefined;
    }
    return socket.track(conversationId, () => lastSequence(logRef.current));
  }, [socket, conversationId, live]);

  /** Leaves the messages around the one opened at for the newest ones (to write, or on request). */
  const toLatest = useCallback(() => {
    if (!logRef.current.hasNewer) {
      return;
    }
    openAt(undefined);
  }, [openAt]);

  // The address names another message (a search result, a quote not loaded): open there; none: the newest.
  const focusShown = useRef(focus);
  useEffect(() => {
    if (focus === focusShown.current) {
      return;
    }
    focusShown.current = focus;
    if (focus === undefined) {
      toLatest();
    } else {
      openAt(focus);
    }
  }, [focus, openAt, toLatest]);

  const [loadingNewer, setLoadingNewer] = useState(false);
  const loadNewer = useCallback(async () => {
    if (loadingNewer || !logRef.current.hasNewer) {
      return;
    }
    setLoadingNewer(true);
    try {
      const page = await fetchNewer(conversationId, lastSequence(logRef.current));
      dispatch({ type: "newer", page: page.items, hasMore: page.hasMore });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingNewer(false);
    }
  }, [conversationId, loadingNewer]);

  // Live pushes are best effort: the last message of a burst may be lost with no later one to reveal the gap, so an
  // open conversation also asks now and then for anything after what it holds (an empty answer costs one frame).
  useEffect(() => {
    if (!live || status !== "online") {
      return undefined;
    }
    const timer = setInterval(() => socket.sync([conversationId]), SAFETY_SYNC_MS);
    return () => clearInterval(timer);
  }, [socket, conversationId, live, status]);

  const loadOlder = useCallback(async () => {
    const before = firstSequence(logRef.current);
    if (loadingOlder || !logRef.current.hasOlder || before === undefined || before <= 1) {
      return;
    }
    setLoadingOlder(true);
    try {
      const page = await fetchHistory(conversationId, before);
      dispatch({ type: "older", page: page.items, hasMore: page.hasMore });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingOlder(false);
    }
  }, [conversationId, loadingOlder]);

  useChatFrames((frame) => {
    switch (frame.type) {
      case "message":
        if (frame.message.conversationId !== conversationId) {
          return;
        }
        if (!logRef.current.hasNewer && leavesGap(logRef.current, frame.message.sequence ?? 0)) {
          socket.sync([conversationId]);
        }
        dispatch({ type: "live", messages: [frame.message] });
        if (frame.message.senderId !== me && frame.message.sequence) {
          socket.send({ type: "delivered", conversationId, upToSequence: frame.message.sequence });
          setTyping(({ [frame.message.senderId ?? ""]: _, ...others }) => others);
        }
        break;
      case "message-changed":
        if (frame.message.conversationId === conversationId) {
          dispatch({ type: "changed", message: frame.message });
        }
        break;
      case "messages":
        if (frame.conversationId === conversationId) {
          dispatch({ type: "live", messages: frame.messages });
        }
        break;
      case "ack":
        if (frame.ack.conversationId === conversationId) {
          dispatch({ type: "ack", ack: frame.ack });
        }
        break;
      case "error":
        if (frame.ref && logRef.current.messages.some((message) => message.clientMessageId === frame.ref)) {
          dispatch({ type: "refused", clientMessageId: frame.ref, failure: frame.message ?? "Not sent." });
        }
        break;
      case "typing":
        if (frame.conversationId === conversationId && frame.userId !== me) {
          setTyping((now) => ({ ...now, [frame.userId]: Date.now() + TYPING_SHOWN_MS }));
        }
        break;
      case "read":
        if (frame.conversationId === conversationId && frame.userId !== me) {
          setReadBy((now) => ({ ...now, [frame.userId]: Math.max(now[frame.userId] ?? 0, frame.upToSequence) }));
        }
        break;
      case "delivered":
        if (frame.conversationId === conversationId && frame.userId !== me) {
          setDeliveredTo((now) => ({ ...now, [frame.userId]: Math.max(now[frame.userId] ?? 0, frame.upToSequence) }));
        }
        break;
      default:
        break;
    }
  });

  // "Ana is typing…" fades three seconds after her last signal.
  useEffect(() => {
    const times = Object.values(typing);
    if (times.length === 0) {
      return undefined;
    }
    const next = Math.min(...times) - Date.now();
    const timer = setTimeout(
      () => setTyping((now) => Object.fromEntries(Object.entries(now).filter(([, until]) => until > Date.now()))),
      Math.max(0, next),
    );
    return () => clearTimeout(timer);
  }, [typing]);

  // What is on screen is read: tell the others (and my other devices) as it arrives, while the page is visible.
  const newest = lastSequence(log);
  useEffect(() => {
    const markRead = () => {
      if (newest > readSent.current && document.visibilityState === "visible" && status === "online") {
        if (socket.send({ type: "read", conversationId, upToSequence: newest })) {
          readSent.current = newest;
        }
      }
    };
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [socket, conversationId, newest, status]);

  const send = useCallback(
    (text: string, replyTo?: number) => {
      // What I write goes below the newest messages: a conversation opened at an older one goes there first.
      toLatest();
      const clientMessageId = newClientMessageId();
      dispatch({
        type: "pending",
        message: { conversationId, senderId: me, clientMessageId, text, replyTo, sentAt: new Date().toISOString(), reactions: [] },
      });
      socket.sendMessage({ type: "send", clientMessageId, conversationId, text, ...(replyTo ? { replyTo } : {}) });
    },
    [socket, conversationId, me, toLatest],
  );

  const resend = useCallback(
    (message: Message) => {
      const clientMessageId = message.clientMessageId ?? "";
      dispatch({ type: "retry", clientMessageId });
      const replyTo = message.replyTo ?? undefined;
      socket.sendMessage({ type: "send", clientMessageId, conversationId, text: message.text ?? "", ...(replyTo ? { replyTo } : {}) });
    },
    [socket, conversationId],
  );

  const giveUp = useCallback(
    (clientMessageId: string) => {
      socket.forget(clientMessageId);
      dispatch({ type: "discard", clientMessageId });
    },
    [socket],
  );

  /** Someone is writing: the others hear of it at most every two seconds. */
  const typed = useCallback(() => {
    if (Date.now() - lastTypingSent.current > TYPING_SENT_EVERY_MS) {
      if (socket.send({ type: "typing", conversationId })) {
        lastTypingSent.current = Date.now();
      }
    }
  }, [socket, conversationId]);

  /** A message changed by my own request (edit, unsend, reaction): shown at once, the push confirms it. */
  const changed = useCallback((message: Message) => dispatch({ type: "changed", message }), []);

  /** Deletes a message for me only: gone from this screen once the server has it. */
  const hide = useCallback(
    async (sequence: number) => {
      await hideMessage(conversationId, sequence);
      dispatch({ type: "removed", sequence });
    },
    [conversationId],
  );

  return {
    log,
    /** The message the log is opened at; undefined once it holds the newest (opened there, or gone there). */
    at,
    loaded,
    error,
    retryLoad: loadFirst,
    loadingOlder,
    loadOlder,
    loadingNewer,
    loadNewer,
    toLatest,
    hide,
    typingUserIds: Object.keys(typing),
    readBy,
    deliveredTo,
    status,
    send,
    resend,
    giveUp,
    typed,
    changed,
  };
}
