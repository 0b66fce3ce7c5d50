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
export class RequestSlots {
  private free: number;
  private readonly waiting: { rank: number; grant: () => void; refuse: (error: Error) => void }[] = [];
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`request slots must be at least 1, not ${size}`);
    this.free = size;
  }

  /** Resolves with the slot's release once one is free; rejects with WalkEnded after close(). */
  acquire(rank = 0): Promise<() => void> {
    if (this.closed) return Promise.reject(new WalkEnded());
    return new Promise<void>((grant, refuse) => {
      this.waiting.push({ rank, grant, refuse });
      this.next();
    }).then(() => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.free++;
        this.next();
      };
    });
  }

  /** The walk is over: requests still waiting for a slot are not sent (they reject with WalkEnded). */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.refuse(new WalkEnded());
  }

  private next(): void {
    while (this.free > 0 && this.waiting.length > 0) {
      let lowest = 0;
      for (let k = 1; k < this.waiting.length; k++)
        if (this.waiting[k].rank < this.waiting[lowest].rank) lowest = k;
      const [waiter] = this.waiting.splice(lowest, 1);
      this.free--;
      waiter.grant();
    }
  }
}

/** A request of a walk that had ended before a slot was free: it was never sent. */
export class WalkEnded extends Error {
  constructor() {
    super('the walk ended before this request was sent');
    this.name = 'WalkEnded';
  }
}
