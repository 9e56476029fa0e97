/**
 * Long tasks from a DevTools trace of one page load: RunTask events on the
 * main thread (CrRendererMain) of the renderer process that committed the
 * page. Tracing covers the whole browser, so the page's process is found
 * from the browser's FrameCommittedInBrowser event for its URL.
 */
import type { CDPSession } from 'playwright-core';

/** The subset of Chrome trace-event fields used here. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number; frames?: Array<{ url?: string; processId?: number }> } };
}

export interface TaskTimes {
  /** Durations (ms) of the page's main-thread tasks. */
  tasks: number[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

/** Reads the trace stream in chunks: a heavy page's trace runs to tens of MB. */
async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 4 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((done) => cdp.once('Tracing.tracingComplete', (e) => done(e.stream)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) throw new Error('Tracing returned no stream');
  const parsed = JSON.parse(await readStream(cdp, stream)) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer process that committed `url` in the main frame (the tab's first renderer when none did). */
function pageProcess(events: TraceEvent[], url: string): number | null {
  for (const e of events) if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url && e.args.data.processId) return e.args.data.processId;
  for (const e of events) if (e.name === 'TracingStartedInBrowser') return e.args?.data?.frames?.[0]?.processId ?? null;
  return null;
}

/** The page's main-thread task durations; throws when the trace does not say which thread that is. */
export function pageTasks(events: TraceEvent[], url: string): TaskTimes {
  const pid = pageProcess(events, url);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (pid === null || !main) throw new Error(`no renderer main thread for ${url} in the trace`);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === main.tid)
    .map((e) => (e.dur ?? 0) / 1000);
  return { tasks };
}
