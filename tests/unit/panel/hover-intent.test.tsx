// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent } from '@testing-library/preact';
import { createLibrary } from '../../../lib/packs/library';
import { createPanelHost, PANEL_HOST_TAG, type PanelHost } from '../../../page/panel/host';
import { createHoverIntent, type HoverIntent, type MentionHit } from '../../../page/panel/hover-intent';
import { PANEL_DWELL_MS, PANEL_GRACE_MS } from '../../../lib/constants';
import { PACK } from './fixture';
import { pointer, rect, reference, setViewport } from './dom-helpers';

/** Two mentions on the page: Trump at (100..180, 100..120), Kushner at (300..380, 100..120). */
let trumpTop = 100;
function mentionAt(x: number, y: number): MentionHit | null {
  const inside = (left: number, top: number) => x >= left && x < left + 80 && y >= top && y < top + 20;
  if (inside(100, trumpTop)) {
    const live = { getBoundingClientRect: () => rect(100, trumpTop, 80, 20) };
    return { entityId: 'trump', rect: rect(100, trumpTop, 80, 20), reference: live };
  }
  if (inside(300, 100)) return { entityId: 'kushner', rect: rect(300, 100, 80, 20) };
  return null;
}

const FRAME = 16;
let panel: PanelHost;
let intent: HoverIntent;

function move(x: number, y: number, target?: EventTarget) {
  pointer('pointermove', x, y, target ? { target } : {});
  vi.advanceTimersByTime(FRAME); // pointer moves are handled once per animation frame
}
function hostElement(): HTMLElement {
  return document.querySelector(PANEL_HOST_TAG)!;
}
function dialog(): HTMLElement | null {
  return document.querySelector(PANEL_HOST_TAG)?.shadowRoot?.querySelector('[role="dialog"]') ?? null;
}

beforeEach(() => {
  vi.useFakeTimers();
  setViewport(1024, 768);
  trumpTop = 100;
  panel = createPanelHost({ library: createLibrary([{ header: { id: 'test-story', title: 'Test story', lang: 'en' }, bundled: true, pack: PACK }]), onOpenBriefing: vi.fn(), onDisableSite: vi.fn() });
  intent = createHoverIntent({ mentionAt, panel });
});
afterEach(() => {
  intent.destroy();
  panel.destroy();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('hover intent: pointer', () => {
  it('opens after the pointer rests on a mention for the dwell time', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS - 10);
    expect(panel.isOpen()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(panel.openEntityId()).toBe('trump');
  });

  it('does not open when the pointer merely passes over', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS / 2);
    move(220, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS * 2);
    expect(panel.isOpen()).toBe(false);
  });

  it('keeps the dwell clock running while the pointer moves within the same mention', () => {
    move(110, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS / 2);
    move(150, 112);
    vi.advanceTimersByTime(PANEL_DWELL_MS / 2);
    expect(panel.isOpen()).toBe(true);
  });

  it('closes after the grace time once the pointer leaves the mention', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    move(600, 500);
    vi.advanceTimersByTime(PANEL_GRACE_MS - 10);
    expect(panel.isOpen()).toBe(true);
    vi.advanceTimersByTime(20);
    expect(panel.isOpen()).toBe(false);
  });

  it('stays open when the pointer moves into the panel within the grace time', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    move(120, 125); // the gap between mention and panel
    vi.advanceTimersByTime(PANEL_GRACE_MS / 2);
    move(120, 140, hostElement()); // events from the shadow root reach the page retargeted to the host
    vi.advanceTimersByTime(PANEL_GRACE_MS * 5);
    expect(panel.isOpen()).toBe(true);
  });

  it('stays open when the pointer comes back onto the mention within the grace time', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    move(120, 150);
    vi.advanceTimersByTime(PANEL_GRACE_MS / 2);
    move(130, 110);
    vi.advanceTimersByTime(PANEL_GRACE_MS * 5);
    expect(panel.isOpen()).toBe(true);
  });

  it('switches to another mention after its dwell', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    move(320, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    expect(panel.openEntityId()).toBe('kushner');
  });

  it('starts the grace time when the pointer leaves the window', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    pointer('pointerout', 120, 110, { relatedTarget: null });
    vi.advanceTimersByTime(PANEL_GRACE_MS + 10);
    expect(panel.isOpen()).toBe(false);
  });

  it('closes on Escape pressed on the page', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(panel.isOpen()).toBe(false);
  });

  it('a click on a mention opens at once and stays; a click outside closes', () => {
    pointer('pointerdown', 120, 110);
    expect(panel.openEntityId()).toBe('trump');
    move(600, 500);
    vi.advanceTimersByTime(PANEL_GRACE_MS * 3);
    expect(panel.isOpen()).toBe(true);
    pointer('pointerdown', 600, 500);
    expect(panel.isOpen()).toBe(false);
  });

  it('a click inside a hover-opened panel keeps it open after the pointer leaves', () => {
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS);
    pointer('pointerdown', 120, 140, { target: hostElement() });
    move(600, 500);
    vi.advanceTimersByTime(PANEL_GRACE_MS * 3);
    expect(panel.isOpen()).toBe(true);
  });
});

describe('hover intent: scroll', () => {
  it('stays open while the mention is in view and closes when scrolled out', () => {
    pointer('pointerdown', 120, 110);
    trumpTop = 40;
    fireEvent.scroll(document);
    vi.advanceTimersByTime(FRAME);
    expect(panel.isOpen()).toBe(true);
    trumpTop = -30;
    fireEvent.scroll(document);
    vi.advanceTimersByTime(FRAME);
    expect(panel.isOpen()).toBe(false);
  });

  it('a keyboard opening stays open while its mention scrolls into view, then closes when it leaves', () => {
    // Opened for a mention below the fold that is being smooth-scrolled in.
    let top = 2000;
    const live = { getBoundingClientRect: () => rect(100, top, 80, 20) };
    intent.openFromKeyboard('kushner', live, null);
    for (top = 1500; top >= 300; top -= 400) {
      fireEvent.scroll(document);
      vi.advanceTimersByTime(FRAME);
      expect(panel.openEntityId()).toBe('kushner');
    }
    top = -100;
    fireEvent.scroll(document);
    vi.advanceTimersByTime(FRAME);
    expect(panel.isOpen()).toBe(false);
  });

  it('cancels a pending dwell: the page moved, not the reader', () => {
    move(120, 110);
    fireEvent.scroll(document);
    vi.advanceTimersByTime(PANEL_DWELL_MS * 2);
    expect(panel.isOpen()).toBe(false);
  });
});

describe('hover intent: touch', () => {
  it('a tap on a mention opens; a tap outside closes', () => {
    pointer('pointerdown', 120, 110, { pointerType: 'touch' });
    pointer('pointerup', 121, 111, { pointerType: 'touch' });
    expect(panel.openEntityId()).toBe('trump');
    pointer('pointerdown', 600, 500, { pointerType: 'touch' });
    pointer('pointerup', 600, 500, { pointerType: 'touch' });
    expect(panel.isOpen()).toBe(false);
  });

  it('a swipe starting on a mention (scrolling) does not open', () => {
    pointer('pointerdown', 120, 110, { pointerType: 'touch' });
    pointer('pointerup', 120, 170, { pointerType: 'touch' });
    expect(panel.isOpen()).toBe(false);
  });

  it('a long press does not open', () => {
    pointer('pointerdown', 120, 110, { pointerType: 'touch' });
    vi.advanceTimersByTime(800);
    pointer('pointerup', 120, 110, { pointerType: 'touch' });
    expect(panel.isOpen()).toBe(false);
  });

  it('touch moves do not start the dwell', () => {
    pointer('pointermove', 120, 110, { pointerType: 'touch' });
    vi.advanceTimersByTime(PANEL_DWELL_MS * 2);
    expect(panel.isOpen()).toBe(false);
  });
});

describe('hover intent: keyboard', () => {
  it('moves focus into the dialog, ignores the pointer, and Escape returns focus', () => {
    const trigger = document.createElement('button');
    document.body.append(trigger);
    trigger.focus();
    intent.openFromKeyboard('trump', reference(rect(100, 100, 80, 20)));
    expect(hostElement().shadowRoot!.activeElement).toBe(dialog());
    move(600, 500);
    vi.advanceTimersByTime(PANEL_GRACE_MS * 3);
    expect(panel.isOpen()).toBe(true);
    fireEvent.keyDown(dialog()!, { key: 'Escape' });
    expect(panel.isOpen()).toBe(false);
    expect(document.activeElement).toBe(trigger);
  });
});

describe('hover intent: settings and teardown', () => {
  it('uses the dwell the user set', () => {
    intent.setDwellMs(1000);
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS + 50);
    expect(panel.isOpen()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(panel.isOpen()).toBe(true);
  });

  it('destroy removes every listener and pending timer', () => {
    move(120, 110);
    intent.destroy();
    vi.advanceTimersByTime(PANEL_DWELL_MS * 2);
    expect(panel.isOpen()).toBe(false);
    pointer('pointerdown', 120, 110);
    move(120, 110);
    vi.advanceTimersByTime(PANEL_DWELL_MS * 2);
    expect(panel.isOpen()).toBe(false);
  });
});
