/**
 * Requests of one walk on the wire at once, handed out lowest rank (page number) first.
 *
 * A request passes several queues of the client's plugins (retry, throttling: each a few timer turns)
 * before it is sent; on an event loop busy with the answers of the other pages, that was 10 to 20 ms a
 * request. A walk that asked its next page only when an answer came in left a slot idle that long
 * every round trip. So a walk asks a few pages more than it has slots, and each waits here, right
 * above the fetch (client.ts's attempt hook), for a slot: it goes out as soon as an answer is in, and
 * never more than `size` are on the wire.
 */
export declare class RequestSlots {
    readonly size: number;
    private free;
    private readonly waiting;
    private closed;
    constructor(size: number);
    /** Resolves with the slot's release once one is free; rejects with WalkEnded after close(). */
    acquire(rank?: number): Promise<() => void>;
    /** The walk is over: requests still waiting for a slot are not sent (they reject with WalkEnded). */
    close(): void;
    private next;
}
/** A request of a walk that had ended before a slot was free: it was never sent. */
export declare class WalkEnded extends Error {
    constructor();
}
