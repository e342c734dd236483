import { expose } from 'comlink';
import type { BuildProgress } from '../../corpus/pipeline/build-corpus.ts';
import { MINIMAL_FILES } from '../../test-support/pipeline/minimal-files.ts';
import {
  BuildCancelled,
  BuildCrashed,
  createBuildClient,
  type BuildWorker,
} from './build-client.ts';
import { runBuild, type BuildWorkerApi } from './run-build.ts';

/** A worker stand-in: comlink over a message channel, with the events a real worker sends. */
class FakeWorker extends EventTarget implements BuildWorker {
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(api: BuildWorkerApi) {
    super();
    expose(api, this.channel.port2);
    this.channel.port1.addEventListener('message', (event) => {
      this.dispatchEvent(new MessageEvent('message', { data: event.data as unknown }));
    });
    this.channel.port1.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** What a real worker's uncaught error looks like to the page. */
  fail(type: 'error' | 'messageerror', message?: string): void {
    this.dispatchEvent(Object.assign(new Event(type), { message }));
  }
}

/** A build that waits until the test lets it go, having reported that it started. */
function heldApi(): { api: BuildWorkerApi; started: Promise<void> } {
  let started = () => undefined as void;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const api: BuildWorkerApi = {
    build: (_files, onProgress) => {
      onProgress({ stage: 'load', done: 0, total: 1, label: 'Loading the files' });
      started();
      // Never answers: the test ends it by cancelling or crashing.
      return new Promise(() => undefined) as never;
    },
  };
  return { api, started: startedPromise };
}

function clientOver(makeApi: () => BuildWorkerApi, progressIntervalMs = 0) {
  const workers: FakeWorker[] = [];
  const client = createBuildClient(
    () => {
      const worker = new FakeWorker(makeApi());
      workers.push(worker);
      return worker;
    },
    { progressIntervalMs },
  );
  return { client, workers };
}

const noProgress = () => undefined;

describe('createBuildClient', () => {
  it('builds in the worker, passes its progress on, and keeps the worker for the next build', async () => {
    const { client, workers } = clientOver(() => ({ build: runBuild }));
    const seen: BuildProgress[] = [];
    const outcome = await client.startBuild(MINIMAL_FILES, (p) => seen.push(p)).result;
    const direct = runBuild(MINIMAL_FILES, noProgress);
    expect(outcome).toEqual(direct);
    expect(outcome.ok && outcome.corpusText.length).toBeGreaterThan(0);
    // Reports travel on their own channel, so the last may trail the outcome (and is then
    // dropped); those of the per-article stage come well before it.
    expect(seen[0]?.stage).toBe('load');
    expect(seen.find((p) => p.stage === 'articles' && p.done === p.total)).toBeDefined();

    await client.startBuild(MINIMAL_FILES, noProgress).result;
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
  });

  it('passes progress on at most once an interval, ending with the last report', async () => {
    const reports = [0, 1, 2, 3].map((done) => ({
      stage: 'articles' as const,
      done,
      total: 3,
      label: 'Reading articles',
    }));
    const outcome = runBuild(MINIMAL_FILES, noProgress);
    const { client } = clientOver(
      () => ({
        build: (_files, onProgress) => {
          reports.forEach(onProgress);
          // Answers a moment later, once the reports have reached the page.
          return new Promise((resolve) => setTimeout(() => resolve(outcome), 30)) as never;
        },
      }),
      60_000,
    );
    const seen: BuildProgress[] = [];
    await client.startBuild(MINIMAL_FILES, (p) => seen.push(p)).result;
    // The first report at once; the last one, held back, when the build ends.
    expect(seen.map((p) => p.done)).toEqual([0, 3]);
  });

  it('prepares one worker ahead of the build, which the build then uses', async () => {
    const { client, workers } = clientOver(() => ({ build: runBuild }));
    client.prepare();
    client.prepare();
    expect(workers).toHaveLength(1);
    await client.startBuild(MINIMAL_FILES, noProgress).result;
    expect(workers).toHaveLength(1);
  });

  it('hands back the build’s own errors as an outcome, not a crash', async () => {
    const { client } = clientOver(() => ({ build: runBuild }));
    const outcome = await client.startBuild({ 'corpus.yaml': 'title: [' }, noProgress).result;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors[0]?.file).toContain('corpus.yaml');
  });

  it('cancels: ends the worker, rejects with BuildCancelled, and starts a new worker next time', async () => {
    const held = heldApi();
    const { client, workers } = clientOver(() => held.api);
    const build = client.startBuild(MINIMAL_FILES, noProgress);
    await held.started;
    build.cancel();
    await expect(build.result).rejects.toBeInstanceOf(BuildCancelled);
    await expect(build.result).rejects.toThrow(/nothing you imported was lost/i);
    expect(workers[0]?.terminated).toBe(true);
    build.cancel();

    client.startBuild(MINIMAL_FILES, noProgress).cancel();
    expect(workers).toHaveLength(2);
  });

  it('runs one build at a time: a new build cancels the running one', async () => {
    const held = heldApi();
    const { client, workers } = clientOver(() => held.api);
    const first = client.startBuild(MINIMAL_FILES, noProgress);
    const second = client.startBuild(MINIMAL_FILES, noProgress);
    await expect(first.result).rejects.toBeInstanceOf(BuildCancelled);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.terminated).toBe(false);
    second.cancel();
  });

  it('turns the worker’s error event into BuildCrashed, saying why and that nothing was lost', async () => {
    const held = heldApi();
    const { client, workers } = clientOver(() => held.api);
    const build = client.startBuild(MINIMAL_FILES, noProgress);
    await held.started;
    workers[0]?.fail('error', 'out of memory');
    const error = await build.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildCrashed);
    expect((error as BuildCrashed).message).toMatch(/^The build stopped: out of memory\./);
    expect((error as BuildCrashed).message).toMatch(/nothing you imported was lost/i);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('says the build stopped without a reason when the browser gives none', async () => {
    const held = heldApi();
    const { client, workers } = clientOver(() => held.api);
    const build = client.startBuild(MINIMAL_FILES, noProgress);
    workers[0]?.fail('messageerror');
    await expect(build.result).rejects.toThrow(/could not be read/);
    const again = client.startBuild(MINIMAL_FILES, noProgress);
    workers[1]?.fail('error');
    const error = (await again.result.catch((e: unknown) => e)) as BuildCrashed;
    expect(error.reason).toBeNull();
    expect(error.message).toMatch(/without saying why/);
  });

  it('turns a worker the browser refuses to start into BuildCrashed, and tries again next time', async () => {
    let refuse = true;
    const client = createBuildClient(() => {
      if (refuse) throw new Error('workers are not allowed here');
      return new FakeWorker({ build: runBuild });
    });
    const build = client.startBuild(MINIMAL_FILES, noProgress);
    await expect(build.result).rejects.toThrow(
      /^The build stopped: workers are not allowed here\./,
    );
    refuse = false;
    await expect(client.startBuild(MINIMAL_FILES, noProgress).result).resolves.toMatchObject({
      ok: true,
    });
  });

  it('turns an exception inside the build into BuildCrashed with its message', async () => {
    const { client, workers } = clientOver(() => ({
      build: () => {
        throw new Error('a stage broke');
      },
    }));
    const build = client.startBuild(MINIMAL_FILES, noProgress);
    await expect(build.result).rejects.toThrow(/^The build stopped: a stage broke\./);
    await expect(build.result).rejects.toBeInstanceOf(BuildCrashed);
    expect(workers[0]?.terminated).toBe(true);
  });
});
