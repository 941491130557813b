package com.fakebook.friend.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests a person may have waiting and send.
 *
 * @param maxPendingOutgoing requests sent and not answered (declined ones count: to the sender they are waiting)
 * @param sendsPerWindow requests sent per window, whatever became of them
 * @param window the counting window of {@code sendsPerWindow}
 */
@ConfigurationProperties("fakebook.friend-requests")
record FriendRequestLimits(int maxPendingOutgoing, int sendsPerWindow, Duration window) {}
