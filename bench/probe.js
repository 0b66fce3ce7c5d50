// Preloaded into the Sift process by the benchmark (`node --import`): samples the heap while it runs
// and, at exit, writes the peak heap and the kernel's peak RSS (VmHWM) to SIFT_BENCH_PROBE.
import { readFileSync, writeFileSync } from 'node:fs';
import { setInterval } from 'node:timers';

const out = process.env.SIFT_BENCH_PROBE;
if (out) {
  let peakHeap = 0;
  const sample = () => {
    const { heapUsed } = process.memoryUsage();
    if (heapUsed > peakHeap) peakHeap = heapUsed;
  };
  setInterval(sample, 5).unref();
  process.on('exit', () => {
    sample();
    const status = readFileSync('/proc/self/status', 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const peakRss = hwm ? Number(hwm[1]) * 1024 : process.memoryUsage().rss;
    writeFileSync(out, JSON.stringify({ peakHeap, peakRss }));
  });
}
