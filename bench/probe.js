// Preloaded into the Sift process by the benchmark (`node --import`). At exit it writes to
// SIFT_BENCH_PROBE: the peak of heapUsed sampled every 5 ms (garbage not yet collected included), the
// peak heap right after each garbage collection (what is really kept alive), and the kernel's peak
// RSS (VmHWM).
import { readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { setInterval } from 'node:timers';

const out = process.env.SIFT_BENCH_PROBE;
if (out) {
  let peakHeap = 0;
  let peakLiveHeap = 0;
  const sample = () => {
    const { heapUsed } = process.memoryUsage();
    if (heapUsed > peakHeap) peakHeap = heapUsed;
    return heapUsed;
  };
  setInterval(sample, 5).unref();
  new PerformanceObserver(() => {
    const live = sample();
    if (live > peakLiveHeap) peakLiveHeap = live;
  }).observe({ entryTypes: ['gc'] });
  // With --expose-gc: a full collection every 250 ms, and the heap right after it. What the run really
  // keeps alive (a minor collection leaves the old generation's garbage in place).
  let peakRetainedHeap = null;
  if (typeof globalThis.gc === 'function') {
    setInterval(() => {
      globalThis.gc();
      const { heapUsed } = process.memoryUsage();
      if (heapUsed > (peakRetainedHeap ?? 0)) peakRetainedHeap = heapUsed;
    }, 250).unref();
  }
  process.on('exit', () => {
    sample();
    const status = readFileSync('/proc/self/status', 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const peakRss = hwm ? Number(hwm[1]) * 1024 : process.memoryUsage().rss;
    writeFileSync(out, JSON.stringify({ peakHeap, peakLiveHeap, peakRetainedHeap, peakRss }));
  });
}
