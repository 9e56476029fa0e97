// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { createLibrary } from '../../../lib/packs/library';
import { createPanelHost, PANEL_HOST_TAG, type PanelHost } from '../../../page/panel/host';
import { PACK } from './fixture';
import { rect, reference, setViewport } from './dom-helpers';

let panel: PanelHost;
const onOpenBriefing = vi.fn();
const onDisableSite = vi.fn();

beforeEach(() => {
  setViewport(1024, 768);
  panel = createPanelHost({ library: createLibrary([{ header: { id: 'test-story', title: 'Test story', lang: 'en' }, bundled: true, pack: PACK }]), onOpenBriefing, onDisableSite });
});
afterEach(() => {
  panel.destroy();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('dir');
  vi.clearAllMocks();
});

function hostElement(): HTMLElement | null {
  return document.querySelector(PANEL_HOST_TAG);
}
function shadow(): HTMLElement {
  return hostElement()!.shadowRoot as unknown as HTMLElement;
}
function floating(): HTMLElement {
  return hostElement()!.shadowRoot!.querySelector('.panel')!;
}

describe('createPanelHost', () => {
  it('creates nothing until first use', () => {
    expect(hostElement()).toBeNull();
    expect(panel.isOpen()).toBe(false);
  });

  it('mounts a marked host with an open shadow root holding styles and the labelled dialog', () => {
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    const host = hostElement()!;
    expect(host.hasAttribute('data-backstory-ui')).toBe(true);
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain(':host');
    expect(within(shadow()).getByRole('dialog', { name: 'Donald Trump' })).toBeTruthy();
    expect(panel.isOpen()).toBe(true);
    expect(panel.openEntityId()).toBe('trump');
  });

  it('replaces the content when another entity opens, collapsed again', () => {
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    fireEvent.click(within(shadow()).getByRole('button', { name: 'Trump said a deal is closer than ever' }));
    panel.open('kushner', reference(rect(100, 200, 60, 18)));
    expect(within(shadow()).getByRole('dialog', { name: 'Jared Kushner' })).toBeTruthy();
    expect(within(shadow()).queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(document.querySelectorAll(PANEL_HOST_TAG)).toHaveLength(1);
  });

  it('places the panel below the mention, start-aligned in LTR and end-aligned in RTL', async () => {
    panel.open('trump', reference(rect(500, 100, 100, 20)));
    await waitFor(() => expect(floating().hasAttribute('data-placed')).toBe(true));
    // jsdom lays nothing out: the panel measures 0×0, so x is the aligned edge.
    expect([floating().style.left, floating().style.top]).toEqual(['500px', '128px']);

    panel.close();
    panel.open('trump', reference(rect(500, 100, 100, 20)), { dir: 'rtl' });
    await waitFor(() => expect(floating().hasAttribute('data-placed')).toBe(true));
    expect([floating().style.left, floating().style.top]).toEqual(['600px', '128px']);
  });

  it('reads the direction around the mention from its context element', async () => {
    const para = document.createElement('p');
    para.setAttribute('dir', 'rtl');
    para.style.direction = 'rtl';
    document.body.append(para);
    panel.open('trump', reference(rect(500, 100, 100, 20), para));
    await waitFor(() => expect(floating().style.left).toBe('600px'));
  });

  it('flips above a mention at the bottom of the viewport', async () => {
    panel.open('trump', reference(rect(500, 740, 100, 20)));
    await waitFor(() => expect(floating().hasAttribute('data-placed')).toBe(true));
    expect(floating().style.top).toBe('732px');
  });

  it('closes from its close button and wires the callbacks', () => {
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    fireEvent.click(within(shadow()).getByRole('button', { name: 'Open briefing' }));
    expect(onOpenBriefing).toHaveBeenCalledWith('trump');
    fireEvent.click(within(shadow()).getByRole('button', { name: 'Turn off on this site' }));
    expect(onDisableSite).toHaveBeenCalledOnce();
    fireEvent.click(within(shadow()).getByRole('button', { name: 'Close' }));
    expect(panel.isOpen()).toBe(false);
    expect(within(shadow()).queryByRole('dialog')).toBeNull();
  });

  it('keyboard open moves focus into the dialog; Escape closes and returns focus', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    panel.open('trump', reference(rect(100, 100, 60, 18)), { focus: true });
    const dialog = within(shadow()).getByRole('dialog');
    expect(hostElement()!.shadowRoot!.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(panel.isOpen()).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('does not move focus on close when focus was not inside the panel', () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    panel.open('trump', reference(rect(100, 100, 60, 18)), { returnFocusTo: null });
    elsewhere.focus();
    panel.close();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('contains its host and shadow content, nothing else', () => {
    expect(panel.contains(document.body)).toBe(false);
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    expect(panel.contains(hostElement())).toBe(true);
    expect(panel.contains(within(shadow()).getByRole('dialog'))).toBe(true);
    expect(panel.contains(document.body)).toBe(false);
    expect(panel.contains(null)).toBe(false);
  });

  it('sets and clears a forced theme on the host', () => {
    panel.setTheme('dark');
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    expect(hostElement()!.getAttribute('data-theme')).toBe('dark');
    panel.setTheme('auto');
    expect(hostElement()!.hasAttribute('data-theme')).toBe(false);
  });

  it('re-attaches when the page removed its host', () => {
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    hostElement()!.remove();
    panel.open('kushner', reference(rect(100, 100, 60, 18)));
    expect(hostElement()!.isConnected).toBe(true);
  });

  it('destroy removes the host', () => {
    panel.open('trump', reference(rect(100, 100, 60, 18)));
    panel.destroy();
    expect(hostElement()).toBeNull();
    expect(panel.isOpen()).toBe(false);
  });
});
