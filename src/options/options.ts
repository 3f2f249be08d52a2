/**
 * The options page: per-platform mode and nudge threshold, per category and per rule on/off and
 * severity, profile, custom terms, import/export and reset. It asks the background for
 * everything and sends the whole settings object back on each change; the background validates,
 * stores and tells open tabs. Settings an employer's policy fixes are shown locked, with why.
 */
import { CATEGORIES, PLATFORMS, SEVERITIES, type Category, type Platform } from '../rules/types';
import { CATEGORY_TITLE, PLATFORM_NAME } from '../shared/labels';
import { ask, BackgroundError } from '../shared/page-client';
import { SettingsView, type Lock, type RuleInfo } from '../shared/protocol';
import type { PROFESSIONS, Settings } from '../shared/settings';

interface View {
  /** The user's own settings: what is edited and sent back. */
  settings: Settings;
  /** With the policy applied: what the controls show. */
  effective: Settings;
  locks: Lock[];
  rules: RuleInfo[];
}

const MODE_LABEL = { off: 'Off', inline: 'Underline only', nudge: 'Underline and ask before posting' } as const;
const NUDGE_LABEL = { warning: 'Warnings and serious problems', error: 'Serious problems only' } as const;
const SEVERITY_LABEL = { info: 'Note', warning: 'Warning', error: 'Serious' } as const;
const OWN_NAME_LABEL: Record<Settings['profile']['accounts']['x']['ownName'], string> = {
  unset: 'Not set',
  yes: 'Yes, my real name',
  no: 'No: a pseudonym, or an anonymous account',
};
const PROFESSION_LABEL: Record<(typeof PROFESSIONS)[number], string> = {
  doctor: 'Doctor (GMC)',
  nurse: 'Nurse (NMC)',
  midwife: 'Midwife (NMC)',
  pharmacist: 'Pharmacist (GPhC)',
  paramedic: 'Paramedic (HCPC)',
  'physician-associate': 'Physician associate (GMC)',
  'allied-health-professional': 'Allied health professional (HCPC)',
  other: 'Other',
};

export async function startOptions(doc: Document = document): Promise<void> {
  const app = doc.getElementById('app') as HTMLElement;
  const status = doc.getElementById('status') as HTMLElement;
  const errorBox = doc.getElementById('error') as HTMLElement;
  let view: View;
  let rulesPlatform: Platform = 'x';

  const say = (text: string) => {
    errorBox.textContent = '';
    status.textContent = text;
  };
  const fail = (text: string) => {
    status.textContent = '';
    errorBox.textContent = text;
  };

  async function load(): Promise<void> {
    try {
      view = toView(await ask({ kind: 'getSettings' }, SettingsView));
      render();
    } catch (error) {
      fail(`Settings could not be loaded. ${(error as Error).message}`);
    }
  }

  /** Sends the user's settings with one change; the reply is the new state. */
  async function change(edit: (s: Settings) => void, done = 'Saved.'): Promise<boolean> {
    const next = structuredClone(view.settings);
    edit(next);
    try {
      view = toView(await ask({ kind: 'setSettings', settings: next }, SettingsView));
      say(done);
      return true;
    } catch (error) {
      fail(`Not saved: ${(error as Error).message}`);
      render(); // put the controls back to what is stored
      return false;
    }
  }

  function lockFor(path: string): Lock | undefined {
    return view.locks.find((l) => l.path === path);
  }

  /** Disables a control whose setting is locked and says why, next to it. */
  function lockable(control: HTMLElement, path: string, into: HTMLElement): void {
    const lock = lockFor(path);
    if (!lock) return;
    const id = `lock-${path.replace(/[^a-z0-9]+/gi, '-')}`;
    (control as HTMLInputElement).disabled = true;
    control.setAttribute('aria-describedby', id);
    into.append(el('span', { class: 'locked', id }, `Locked: ${lock.reason}`));
  }

  function render(): void {
    app.replaceChildren(platformsSection(), rulesSection(), profileSection(), termsSection(), fileSection());
  }

  function platformsSection(): HTMLElement {
    const section = sectionWith('Platforms', 'Where Second Look checks, and when it asks you to take a second look.');
    for (const platform of PLATFORMS) {
      const p = view.effective.platforms[platform];
      const group = el('fieldset');
      group.append(el('legend', {}, PLATFORM_NAME[platform]));
      const mode = field(group, `mode-${platform}`, `Checking on ${PLATFORM_NAME[platform]}`, (id) =>
        select(id, Object.entries(MODE_LABEL), p.mode),
      );
      mode.addEventListener('change', () => {
        void change(
          (s) => (s.platforms[platform].mode = (mode as HTMLSelectElement).value as Settings['platforms']['x']['mode']),
        );
      });
      lockable(mode, `platforms.${platform}.mode`, mode.parentElement as HTMLElement);
      const nudge = field(group, `nudge-${platform}`, 'Ask before posting for', (id) =>
        select(id, Object.entries(NUDGE_LABEL), p.nudgeAt),
      );
      nudge.addEventListener('change', () => {
        void change((s) => (s.platforms[platform].nudgeAt = (nudge as HTMLSelectElement).value as 'warning' | 'error'));
      });
      lockable(nudge, `platforms.${platform}.nudgeAt`, nudge.parentElement as HTMLElement);
      section.append(group);
    }
    return section;
  }

  function rulesSection(): HTMLElement {
    const section = sectionWith(
      'Rules',
      'Turn categories and single rules on or off, or change how serious they are, per platform.',
    );
    const picker = field(section, 'rules-platform', 'Show rules for', (id) =>
      select(
        id,
        PLATFORMS.map((p) => [p, PLATFORM_NAME[p]]),
        rulesPlatform,
      ),
    );
    const body = el('div');
    picker.addEventListener('change', () => {
      rulesPlatform = (picker as HTMLSelectElement).value as Platform;
      body.replaceChildren(...CATEGORIES.map((c) => categoryGroup(c)));
    });
    body.append(...CATEGORIES.map((c) => categoryGroup(c)));
    section.append(body);
    return section;
  }

  function categoryGroup(category: Category): HTMLElement {
    const platform = rulesPlatform;
    const name = PLATFORM_NAME[platform];
    const p = view.effective.platforms[platform];
    const group = el('fieldset', { class: 'category' });
    group.append(el('legend', {}, CATEGORY_TITLE[category]));
    const categoryOn = p.categories[category]?.enabled ?? true;
    const toggle = checkbox(`cat-${platform}-${category}`, `Check this category on ${name}`, categoryOn, group);
    toggle.addEventListener('change', () => {
      void change((s) => (s.platforms[platform].categories[category] = { enabled: toggle.checked }));
    });
    lockable(toggle, `platforms.${platform}.categories.${category}.enabled`, toggle.parentElement as HTMLElement);
    const list = el('ul', { class: 'rules' });
    for (const rule of view.rules.filter((r) => r.category === category)) list.append(ruleRow(rule, platform));
    group.append(list);
    return group;
  }

  function ruleRow(rule: RuleInfo, platform: Platform): HTMLElement {
    const override = view.effective.platforms[platform].rules[rule.id] ?? {};
    const safeId = rule.id.replace(/[^a-z0-9]+/g, '-');
    const row = el('li', { class: 'rule' });
    const on = checkbox(`rule-${platform}-${safeId}`, rule.summary, override.enabled ?? true, row);
    on.dataset['rule'] = rule.id;
    on.addEventListener('change', () => {
      void change((s) => {
        const rules = s.platforms[platform].rules;
        rules[rule.id] = { ...rules[rule.id], enabled: on.checked };
      });
    });
    lockable(on, `platforms.${platform}.rules.${rule.id}.enabled`, row);
    const severityId = `sev-${platform}-${safeId}`;
    const wrap = el('span', { class: 'severity' });
    wrap.append(el('label', { for: severityId, class: 'visually-hidden' }, `How serious: ${rule.summary}`));
    const sev = select(
      severityId,
      [
        ['', `Default (${SEVERITY_LABEL[rule.defaultSeverity]})`],
        ...SEVERITIES.map((s) => [s, SEVERITY_LABEL[s]] as [string, string]),
      ],
      override.severity ?? '',
    );
    sev.addEventListener('change', () => {
      void change((s) => {
        const rules = s.platforms[platform].rules;
        const next = { ...rules[rule.id] };
        const value = (sev as HTMLSelectElement).value;
        if (value) next.severity = value as (typeof SEVERITIES)[number];
        else delete next.severity; // back to the rule's own default
        rules[rule.id] = next;
      });
    });
    wrap.append(sev);
    row.append(wrap, el('code', { class: 'rule-id' }, rule.id));
    lockable(sev, `platforms.${platform}.rules.${rule.id}.severity`, row);
    return row;
  }

  function profileSection(): HTMLElement {
    const section = sectionWith(
      'Profile',
      'Used where guidance depends on who is posting: if you say you are a doctor, GMC guidance asks you to say who you are.',
    );
    const profession = field(section, 'profession', 'Profession and regulator', (id) =>
      select(id, Object.entries(PROFESSION_LABEL), view.effective.profile.profession),
    );
    profession.addEventListener('change', () => {
      void change(
        (s) => (s.profile.profession = (profession as HTMLSelectElement).value as Settings['profile']['profession']),
      );
    });
    for (const platform of PLATFORMS) {
      const account = view.settings.profile.accounts[platform];
      const group = el('fieldset');
      group.append(el('legend', {}, `Your account on ${PLATFORM_NAME[platform]}`));
      const name = field(group, `account-name-${platform}`, 'The name you post under', (id) =>
        input(id, account.name),
      ) as HTMLInputElement;
      name.maxLength = 100;
      name.addEventListener(
        'change',
        () => void change((s) => (s.profile.accounts[platform].name = name.value.trim())),
      );
      const own = field(group, `account-own-${platform}`, 'Is it your real name?', (id) =>
        select(id, Object.entries(OWN_NAME_LABEL), account.ownName),
      ) as HTMLSelectElement;
      own.addEventListener('change', () => {
        void change(
          (s) => (s.profile.accounts[platform].ownName = own.value as Settings['profile']['accounts']['x']['ownName']),
        );
      });
      section.append(group);
    }
    return section;
  }

  function termsSection(): HTMLElement {
    const section = sectionWith('Custom terms', 'One per line. Saved when you leave the box.');
    const own = view.settings.customTerms;
    const identifying = field(
      section,
      'terms-identifying',
      'Local names to treat as identifying (your hospital, wards, colleagues)',
      (id) => textarea(id, own.identifying),
    ) as HTMLTextAreaElement;
    identifying.addEventListener(
      'change',
      () => void change((s) => (s.customTerms.identifying = lines(identifying.value))),
    );
    const lock = lockFor('customTerms.identifying');
    if (lock) (identifying.parentElement as HTMLElement).append(el('span', { class: 'locked' }, lock.reason));
    const ignore = field(section, 'terms-ignore', 'Words or phrases never to flag', (id) =>
      textarea(id, own.ignore),
    ) as HTMLTextAreaElement;
    ignore.addEventListener('change', () => void change((s) => (s.customTerms.ignore = lines(ignore.value))));
    return section;
  }

  function fileSection(): HTMLElement {
    const section = sectionWith('Import, export and reset');
    const row = el('div', { class: 'actions' });
    const exportButton = button('Export settings', () => {
      const blob = new Blob([JSON.stringify(view.settings, null, 2)], { type: 'application/json' });
      const link = el('a', { href: URL.createObjectURL(blob), download: 'second-look-settings.json' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.getAttribute('href') as string), 10_000);
      say('Settings exported.');
    });
    const file = input('import-file', '') as HTMLInputElement;
    file.type = 'file';
    file.accept = 'application/json,.json';
    const fileLabel = el('label', { for: 'import-file' }, 'Import settings from a file');
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void importFile(chosen);
    });
    const reset = button('Reset to defaults', async () => {
      try {
        view = toView(await ask({ kind: 'resetSettings' }, SettingsView));
        render();
        say('Settings reset to defaults.');
      } catch (error) {
        fail(`Not reset: ${(error as Error).message}`);
      }
    });
    const importGroup = el('div', { class: 'field' });
    importGroup.append(fileLabel, file);
    row.append(exportButton, importGroup, reset);
    section.append(row);
    return section;
  }

  async function importFile(file: File): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return fail('Import failed: the file is not valid JSON. Nothing was changed.');
    }
    try {
      view = toView(await ask({ kind: 'setSettings', settings: data }, SettingsView));
    } catch (error) {
      const why = error instanceof BackgroundError ? error.message : 'it could not be read';
      return fail(`Import failed: ${why}. Nothing was changed.`);
    }
    render();
    say(importNote(data, view.settings.version));
  }

  doc.addEventListener('visibilitychange', () => {
    // Settings may have changed in another tab (e.g. "Turn this rule off" on a card).
    if (doc.visibilityState === 'visible') void load();
  });
  await load();
}

/**
 * The background built these objects with the full Settings schema and checks them again on
 * the way back; the page does not load that schema (it pulls in the whole rule engine).
 */
function toView(data: SettingsView): View {
  return data as unknown as View;
}

/** What to say after an import: files from other versions are converted, and the user should know. */
function importNote(file: unknown, current: number): string {
  const version = (file as { version?: unknown }).version;
  if (typeof version !== 'number' || version === current) return 'Settings imported.';
  return version < current
    ? 'Settings imported (converted from an older version of Second Look).'
    : 'Settings imported from a newer version of Second Look. Anything this version does not understand was left at its default.';
}

function lines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

function sectionWith(title: string, hint?: string): HTMLElement {
  const id = `h-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const section = el('section', { 'aria-labelledby': id });
  section.append(el('h2', { id }, title));
  if (hint) section.append(el('p', { class: 'hint' }, hint));
  return section;
}

function field(into: HTMLElement, id: string, label: string, make: (id: string) => HTMLElement): HTMLElement {
  const wrap = el('div', { class: 'field' });
  const control = make(id);
  wrap.append(el('label', { for: id }, label), control);
  into.append(wrap);
  return control;
}

function checkbox(id: string, label: string, checked: boolean, into: HTMLElement): HTMLInputElement {
  const wrap = el('span', { class: 'check' });
  const box = input(id, '') as HTMLInputElement;
  box.type = 'checkbox';
  box.checked = checked;
  wrap.append(box, el('label', { for: id }, label));
  into.append(wrap);
  return box;
}

function select(id: string, options: Array<[string, string]>, value: string): HTMLElement {
  const s = el('select', { id }) as HTMLSelectElement;
  for (const [v, label] of options) s.append(new Option(label, v, false, v === value));
  return s;
}

function input(id: string, value: string): HTMLElement {
  const i = el('input', { id, type: 'text' }) as HTMLInputElement;
  i.value = value;
  return i;
}

function textarea(id: string, values: readonly string[]): HTMLElement {
  const t = el('textarea', { id, rows: '4' }) as HTMLTextAreaElement;
  t.value = values.join('\n');
  return t;
}

function button(label: string, onClick: () => void): HTMLElement {
  const b = el('button', { type: 'button' }, label);
  b.addEventListener('click', onClick);
  return b;
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
