import type { BuildProgress } from '../../corpus/pipeline/build-corpus.ts';
import { throttleProgress, type ThrottleClock } from './throttle-progress.ts';

/** A clock the test moves by hand, running timers as their time comes. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const clock: ThrottleClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.push({ at: now + ms, run, id: ++ids });
      return ids;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const due of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((t) => t !== due);
      due.run();
    }
  };
  return { clock, advance };
}

const article = (done: number): BuildProgress => ({
  stage: 'articles',
  done,
  total: 10,
  label: 'Reading articles',
});

describe('throttleProgress', () => {
  it('passes the first report at once, then only the latest once per interval', () => {
    const { clock, advance } = manualClock();
    const seen: number[] = [];
    const throttle = throttleProgress((p) => seen.push(p.done), 200, clock);
    throttle.push(article(0));
    expect(seen).toEqual([0]);
    for (let done = 1; done <= 5; done++) {
      advance(50);
      throttle.push(article(done));
    }
    // 250 ms in: the interval ended at 200 with report 3 the latest; 4 and 5 wait for 400.
    expect(seen).toEqual([0, 3]);
    advance(200);
    expect(seen).toEqual([0, 3, 5]);
    advance(1000);
    expect(seen).toEqual([0, 3, 5]);
  });

  it('hands on what it holds when flushed, and nothing once stopped', () => {
    const { clock, advance } = manualClock();
    const seen: number[] = [];
    const throttle = throttleProgress((p) => seen.push(p.done), 200, clock);
    throttle.push(article(0));
    throttle.push(article(1));
    throttle.flush();
    expect(seen).toEqual([0, 1]);
    throttle.push(article(2));
    throttle.stop();
    advance(500);
    expect(seen).toEqual([0, 1]);
  });
});
