import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from "react";
import type { Message } from "../model/frames";
import type { ShownMessage } from "../model/message-log";
import { goesToNewest, indexOfSequence, messageKey, withPinned } from "../model/message-rows";
import { MessageItem } from "./message-item";
import styles from "./messenger.module.css";

/** A first guess of a row's height before it is measured (one line of text and its time). */
const ESTIMATED_ROW = 64;
/** The space between rows (`--space-2`) and after the last one. */
const ROW_GAP = 8;
const END_PADDING = 12;
/** Rows rendered beyond each edge of the view, so that scrolling a little shows rows already laid out. */
const OVERSCAN = 8;
/** "At the bottom" within this distance: new messages are followed there. */
const AT_END = 80;

export interface MessageRowsHandle {
  /** Scrolls a held message into the middle of the view and focuses it; false when it is not held. */
  goTo: (sequence: number) => boolean;
}

/**
 * The messages of an open conversation, virtualised: only the rows near the viewport (and a pinned few) are in the
 * DOM, each measured as it renders. Opened at the bottom (or, `focus`, at a message, focused); older pages added
 * above keep the rows on screen where they were (`anchorTo: "end"`); new rows are followed while at the bottom
 * (`followOnAppend`), and my own new message takes the view down from anywhere. Each row says which of the messages
 * held it is (`aria-posinset`/`aria-setsize`), as the DOM holds only a few.
 */
export function MessageRows({
  scroller,
  handle,
  messages,
  me,
  focus,
  isGroup,
  receiptOf,
  highlighted,
  held,
  nameOf,
  readOnly,
  actions,
}: {
  scroller: RefObject<HTMLDivElement | null>;
  handle: RefObject<MessageRowsHandle | null>;
  messages: readonly ShownMessage[];
  me: string;
  focus: number | undefined;
  isGroup: boolean;
  receiptOf: (message: ShownMessage) => string | undefined;
  highlighted: number | undefined;
  held: ReadonlyMap<number | undefined, Message>;
  nameOf: (userId: string | undefined) => string;
  readOnly: boolean;
  actions: Pick<Parameters<typeof MessageItem>[0], "onChanged" | "onResend" | "onGiveUp" | "onReply" | "onHide" | "onGoTo">;
}) {
  const list = useRef<HTMLOListElement>(null);
  // Rows kept in the DOM out of view: the one holding the focus, ones with a menu open or being edited.
  const [focusedKey, setFocusedKey] = useState<string>();
  const [activeKeys, setActiveKeys] = useState<ReadonlySet<string>>(new Set());
  // A message being scrolled to, focused once its row is rendered.
  const [focusTarget, setFocusTarget] = useState(focus);
  // The list starts below the history edge: its offset in the scroller.
  const [margin, setMargin] = useState(0);

  const keys = messages.map(messageKey);
  const pinnedKeys = [focusedKey, ...activeKeys];
  const pinned = [
    ...pinnedKeys.map((key) => (key === undefined ? -1 : keys.indexOf(key))),
    focusTarget === undefined ? -1 : indexOfSequence(messages, focusTarget),
  ];
  const pinnedRef = useRef(pinned);
  pinnedRef.current = pinned;

  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => keys[index] ?? index,
    gap: ROW_GAP,
    paddingEnd: END_PADDING,
    scrollMargin: margin,
    overscan: OVERSCAN,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: AT_END,
    rangeExtractor: useCallback((range: Range) => withPinned(defaultRangeExtractor(range), pinnedRef.current, range.count), []),
  });

  useLayoutEffect(() => {
    const offset = list.current?.offsetTop ?? 0;
    if (offset !== margin) {
      setMargin(offset);
    }
  });

  // Opened: at the bottom, or at the message asked for.
  useLayoutEffect(() => {
    const index = focus === undefined ? -1 : indexOfSequence(messages, focus);
    if (index >= 0) {
      virtualizer.scrollToIndex(index, { align: "center" });
    } else {
      virtualizer.scrollToEnd();
    }
    // Only once, when the first pages are held (the list is mounted then).
  }, []);

  // My new message: to the bottom, wherever the person was.
  const lastKey = useRef(keys.at(-1));
  useLayoutEffect(() => {
    if (goesToNewest(lastKey.current, messages, me)) {
      virtualizer.scrollToEnd();
    }
    lastKey.current = keys.at(-1);
  });

  // The message scrolled to takes the focus as soon as its row is in the DOM.
  useEffect(() => {
    if (focusTarget === undefined) {
      return;
    }
    const element = list.current?.querySelector<HTMLElement>(`[data-sequence="${focusTarget}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      setFocusTarget(undefined);
    }
  });

  handle.current = {
    goTo: (sequence) => {
      const index = indexOfSequence(messages, sequence);
      if (index < 0) {
        return false;
      }
      virtualizer.scrollToIndex(index, { align: "center" });
      setFocusTarget(sequence);
      return true;
    },
  };

  const keyOf = (element: EventTarget | null) => (element instanceof Element ? element.closest<HTMLElement>("[data-key]")?.dataset.key : undefined);
  const setActive = useCallback(
    (key: string, active: boolean) =>
      setActiveKeys((now) => {
        if (now.has(key) === active) {
          return now;
        }
        const next = new Set(now);
        if (active) {
          next.add(key);
        } else {
          next.delete(key);
        }
        return next;
      }),
    [],
  );

  return (
    <ol
      ref={list}
      className={styles.rows}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event: FocusEvent) => setFocusedKey(keyOf(event.target))}
      onBlur={(event: FocusEvent) => {
        if (!list.current?.contains(event.relatedTarget as Node | null)) {
          setFocusedKey(undefined);
        }
      }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const message = messages[row.index];
        if (!message) {
          return null;
        }
        const key = messageKey(message);
        return (
          <MessageItem
            key={key}
            row={{ index: row.index, count: messages.length, key, start: row.start - margin, measure: virtualizer.measureElement }}
            onActive={setActive}
            message={message}
            mine={message.senderId === me}
            me={me}
            senderName={nameOf(message.senderId)}
            showSender={isGroup && messages[row.index - 1]?.senderId !== message.senderId}
            receipt={receiptOf(message)}
            highlighted={message.state === "sent" && message.sequence === highlighted}
            original={message.replyTo ? held.get(message.replyTo) : undefined}
            nameOf={nameOf}
            readOnly={readOnly}
            {...actions}
          />
        );
      })}
    </ol>
  );
}
