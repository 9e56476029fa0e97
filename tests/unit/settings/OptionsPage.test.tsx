// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '@/components/settings/OptionsPage';
import { BUNDLED_STORY } from '@/lib/packs/bundled';
import { loadSettings, loadSettingsWithProblems, saveSettings } from '@/lib/settings/store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('options page', () => {
  it('reports corrupt stored settings and repairs them on request', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'sepia', hoverDelayMs: -3, enabled: false } });
    render(<OptionsPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('reset to their defaults: hoverDelayMs, theme.');
    // The good field survived.
    expect((screen.getByRole('switch', { name: 'Backstory on' }) as HTMLInputElement).checked).toBe(false);

    fireEvent.click(within(alert).getByRole('button', { name: 'Save the repaired settings' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await loadSettingsWithProblems()).problems).toEqual([]);
  });

  it('shows no notice for healthy settings', async () => {
    render(<OptionsPage />);
    await screen.findByRole('radio', { name: 'Dark' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['Dark', 'theme', 'dark'],
    ['Background tint', 'highlightStyle', 'background'],
    [/^Inline/, 'renderer', 'inline'],
  ] as const)('choosing %s saves %s', async (name, field, value) => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('radio', { name }));
    await waitFor(async () => expect((await loadSettings())[field]).toBe(value));
    // The page's own status; the Stories section has one of its own.
    expect((await screen.findByText('Saved.')).getAttribute('role')).toBe('status');
  });

  it('lists the disabled sites and switches one back on', async () => {
    await saveSettings({ disabledSites: ['a.example', 'b.example'] });
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for a.example' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['b.example']));
    await waitFor(() => expect(screen.queryByText('a.example')).toBeNull());
  });

  it('says when no site is switched off', async () => {
    render(<OptionsPage />);
    expect(await screen.findByText('None: Backstory runs on every site.')).toBeTruthy();
  });

  it('saves a valid hover delay and refuses an invalid one', async () => {
    render(<OptionsPage />);
    const field = (await screen.findByRole('spinbutton', { name: /Delay before hovering/ })) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '5000' } });
    fireEvent.change(field, { target: { value: '5000' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: '600' } });
    fireEvent.change(field, { target: { value: '600' } });
    await waitFor(async () => expect((await loadSettings()).hoverDelayMs).toBe(600));
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('switches a kind off', async () => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Organisation' }));
    await waitFor(async () => expect((await loadSettings()).kinds.organisation).toBe(false));
  });

  it('has a Stories section listing the bundled story from storage.local', async () => {
    render(<OptionsPage />);
    const section = (await screen.findByRole('heading', { name: 'Stories' })).closest('section')!;
    const row = await within(section).findByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` });
    fireEvent.click(row);
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('packs')).packs).toMatchObject({ bundledEnabled: false }));
  });
});
