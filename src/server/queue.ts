/**
 * Admission in front of the store. PGlite runs one query at a time and a server pool has a few
 * connections: past that, requests only wait, holding sockets and memory. So at most `concurrency`
 * requests work on the store at once, at most `maxQueued` wait, and none waits longer than
 * `maxWaitMs`; the others get 503 with Retry-After at once, which a client can act on, instead of a
 * timeout it cannot tell from a dead server.
 */
export class Overloaded extends Error {}

export interface AdmissionOptions {
  concurrency: number;
  maxQueued: number;
  maxWaitMs: number;
}

export class Admission {
  private active = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  constructor(private readonly opts: AdmissionOptions) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await fn();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.active < this.opts.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.opts.maxQueued) return Promise.reject(new Overloaded('too many requests waiting for the store'));
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          this.active++;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new Overloaded(`waited ${this.opts.maxWaitMs} ms for the store`));
        }, this.opts.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private leave(): void {
    this.active--;
    this.waiting.shift()?.start();
  }
}
