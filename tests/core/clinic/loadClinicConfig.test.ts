import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeClinicProblem } from '../../../common/clinic';
import { Clinic } from '../../../core/clinic/clinic';
import { clinicLocationFor, clinicLocations, machineClinicFile } from '../../../core/clinic/clinicLocations';
import { loadClinicConfig } from '../../../core/clinic/loadClinicConfig';

let dir: string;
let machineFile: string;
let userFile: string;
const locations = () => [clinicLocationFor('machine', machineFile), clinicLocationFor('user', userFile)];
const write = (file: string, value: unknown) =>
  writeFile(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-clinic-'));
  await mkdir(join(dir, 'machine'));
  await mkdir(join(dir, 'user'));
  machineFile = join(dir, 'machine', 'clinic.json');
  userFile = join(dir, 'user', 'clinic.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('clinic locations', () => {
  it('documents one machine-wide file per operating system', () => {
    expect(machineClinicFile('linux', {})).toBe('/etc/groundwork/clinic.json');
    expect(machineClinicFile('darwin', {})).toBe('/Library/Application Support/Groundwork/clinic.json');
    expect(machineClinicFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Groundwork\\clinic.json',
    );
    expect(machineClinicFile('win32', {})).toBe('C:\\ProgramData\\Groundwork\\clinic.json');
    // Windows environment names are case-insensitive; Node may hand either spelling over.
    expect(machineClinicFile('win32', { PROGRAMDATA: 'E:\\Data' })).toBe('E:\\Data\\Groundwork\\clinic.json');
  });

  it('looks for lessons beside a file given on the command line, unless a folder is given', () => {
    expect(clinicLocationFor('user', '/srv/groundwork/clinic.json')).toEqual({
      scope: 'user',
      file: '/srv/groundwork/clinic.json',
      lessonsDir: '/srv/groundwork/lessons',
    });
    expect(clinicLocationFor('machine', '/srv/groundwork/clinic.json', '/srv/lessons')).toEqual({
      scope: 'machine',
      file: '/srv/groundwork/clinic.json',
      lessonsDir: '/srv/lessons',
    });
  });

  it('reads the machine-wide file first and the user file in the data folder second, each with lessons/', () => {
    expect(clinicLocations({ platform: 'linux', env: {}, userDataDir: '/home/pat/.config/Groundwork' })).toEqual([
      { scope: 'machine', file: '/etc/groundwork/clinic.json', lessonsDir: '/etc/groundwork/lessons' },
      {
        scope: 'user',
        file: '/home/pat/.config/Groundwork/clinic.json',
        lessonsDir: '/home/pat/.config/Groundwork/lessons',
      },
    ]);
    const [machine] = clinicLocations({ platform: 'win32', env: { ProgramData: 'C:\\ProgramData' }, userDataDir: 'x' });
    expect(machine?.lessonsDir).toBe('C:\\ProgramData\\Groundwork\\lessons');
  });
});

describe('loadClinicConfig', () => {
  it('uses the defaults when there is no file, without calling that a problem', async () => {
    const loaded = await loadClinicConfig(locations());
    expect(loaded.settings).toEqual({});
    expect(loaded.problems).toEqual([]);
    expect(loaded.sources.map((s) => s.status)).toEqual(['absent', 'absent']);
  });

  it('merges the files, a user setting replacing the machine-wide one', async () => {
    await write(machineFile, {
      schemaVersion: 1,
      name: 'Riverside',
      colors: { accent: '#0B5D3B' },
      localNumbers: [{ name: 'Front desk', contact: '555-0100' }],
    });
    await write(userFile, { schemaVersion: 1, name: 'Riverside Evening', idleLockMinutes: 5 });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings).toEqual({
      name: 'Riverside Evening',
      colors: { accent: '#0b5d3b', accentText: '#ffffff' },
      localNumbers: [{ name: 'Front desk', contact: '555-0100', detail: '' }],
      idleLockMinutes: 5,
    });
    expect(loaded.origin).toMatchObject({ name: userFile, colors: machineFile, idleLockMinutes: userFile });
  });

  it('points a JSON mistake at its file, line and column, and ignores that file', async () => {
    await write(machineFile, { schemaVersion: 1, name: 'Riverside' });
    await write(userFile, '{\n  "schemaVersion": 1,\n  "name": "Evening"\n  "language": "en"\n}\n');
    const loaded = await loadClinicConfig(locations());
    expect(loaded.settings.name).toBe('Riverside');
    expect(loaded.sources.map((s) => s.status)).toEqual(['loaded', 'invalid']);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ file: userFile, line: 4, column: 3 });
    expect(describeClinicProblem(loaded.problems[0] ?? { file: '', field: null, message: '' })).toMatch(
      new RegExp(`^${userFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:3: the file is not valid JSON`),
    );
  });

  it('accepts a file saved with a byte-order mark by a Windows editor', async () => {
    await write(machineFile, `\uFEFF${JSON.stringify({ schemaVersion: 1, name: 'Riverside' })}`);
    expect((await loadClinicConfig(locations())).settings.name).toBe('Riverside');
  });

  it('names every bad field, and applies none of that file', async () => {
    await write(machineFile, {
      schemaVersion: 1,
      name: 'Lakeside',
      colors: { accent: '#8fbc8f', accentText: '#ffffff' },
      crisisLines: [{ name: 'Crisis', contact: '' }],
      idleLockMinutes: 2.5,
      crisisLine: [],
    });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.settings).toEqual({});
    const messages = loaded.problems.map(describeClinicProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/colors\.accent: #8fbc8f has a contrast of 2\.\d\d:1 against the white page/),
        expect.stringMatching(/crisisLines\[0\]\.contact: give the number to call or text/),
        expect.stringMatching(/idleLockMinutes: use whole minutes/),
        expect.stringMatching(/crisisLine: unknown setting "crisisLine"/),
      ]),
    );
    for (const problem of loaded.problems) expect(problem.file).toBe(machineFile);
  });

  it('checks button text against the accent colour', async () => {
    await write(machineFile, { schemaVersion: 1, colors: { accent: '#1f5f8b', accentText: '#2a6a96' } });
    const [problem] = (await loadClinicConfig(locations())).problems;
    expect(problem).toMatchObject({ field: 'colors.accentText' });
    expect(problem?.message).toMatch(
      /#2a6a96 on #1f5f8b has a contrast of 1\.\d\d:1; button text needs at least 4\.5:1/,
    );
  });

  it('asks for a schema version, and refuses a file from a newer Groundwork', async () => {
    await write(machineFile, { name: 'No version' });
    await write(userFile, { schemaVersion: 2, name: 'Future' });
    const messages = (await loadClinicConfig(locations())).problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'schemaVersion: add "schemaVersion": 1 at the top of the file',
      'schemaVersion: this file is for a newer version of Groundwork (schemaVersion 2); update Groundwork or use schemaVersion 1',
    ]);
  });

  it('loads the logo beside the file as a data URL, and reports a missing one without losing the rest', async () => {
    await write(join(dir, 'machine', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await write(machineFile, { schemaVersion: 1, name: 'Riverside', logo: 'logo.svg' });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.logo).toMatch(/^data:image\/svg\+xml;base64,/);

    await write(userFile, { schemaVersion: 1, logo: 'missing.png' });
    const missing = await loadClinicConfig(locations());
    expect(missing.logo).toBeNull();
    expect(missing.settings.name).toBe('Riverside');
    expect(missing.problems).toEqual([
      expect.objectContaining({ file: userFile, field: 'logo', message: expect.stringContaining('missing.png') }),
    ]);

    await write(join(dir, 'user', 'logo.gif'), 'GIF89a\x01\x00\x01\x00');
    await write(userFile, { schemaVersion: 1, logo: 'logo.gif' });
    expect((await loadClinicConfig(locations())).problems[0]?.message).toMatch(/is not a PNG, JPEG, SVG or WebP image/);
  });

  it('lists every problem of a file at once: its settings, its logo and its lessons', async () => {
    await write(machineFile, {
      schemaVersion: 1,
      name: '',
      logo: 'missing.png',
      colors: { accent: 'red' },
      modules: [{ id: 'no-such-module' }],
    });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.settings).toEqual({});
    const fields = new Clinic(loaded).info([]).problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual([
      'name: this cannot be empty.',
      'colors.accent: use a hex colour like "#1f5f8b"',
      expect.stringMatching(/^logo: the logo .*missing\.png could not be read: there is no such file\.$/),
      'modules[0].id: there is no module "no-such-module" with lessons.',
    ]);
  });

  it('says where a JSON mistake is and what was expected, without quoting the file', async () => {
    await write(machineFile, '{\n  "schemaVersion": 1,\n  "name": \'Riverside\'\n}\n');
    await write(userFile, '{\n  "schemaVersion": 1,\n  "language": "en",\n}\n');
    const [single, trailing] = (await loadClinicConfig(locations())).problems;
    expect(single).toEqual({
      file: machineFile,
      field: null,
      line: 3,
      column: 11,
      message:
        'the file is not valid JSON: a value was expected here (text in double quotes, a number, a list in [ ] or settings in { }). Check for a missing comma, quote or bracket near this point.',
    });
    expect(single?.message).not.toContain('Riverside');
    expect(trailing).toMatchObject({ file: userFile, line: 4, column: 1 });
    expect(trailing?.message).toContain('there is a comma before the closing bracket; remove it');
  });

  it('refuses a clinic.json that is a pipe, a folder or a link out of its folder, without hanging', async () => {
    execFileSync('mkfifo', [machineFile]);
    await symlink('/etc/passwd', userFile);
    const started = Date.now();
    const loaded = await loadClinicConfig(locations());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(loaded.sources.map((s) => s.status)).toEqual(['invalid', 'invalid']);
    expect(loaded.problems).toEqual([
      { file: machineFile, field: null, message: expect.stringMatching(/^this is not a plain file/) },
      { file: userFile, field: null, message: expect.stringMatching(/^this is a link to a file outside its folder/) },
    ]);
    expect(JSON.stringify(loaded)).not.toContain('root:');
  });

  it('checks module and lesson lists for repeats', async () => {
    await write(machineFile, {
      schemaVersion: 1,
      modules: [{ id: 'coping-skills', lessons: ['a', 'a'] }, { id: 'coping-skills' }],
    });
    const fields = (await loadClinicConfig(locations())).problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(['modules[0].lessons: list each lesson once', 'modules: list each module once']);
  });

  it('keeps the machine-wide logo when the user file sets none, and says which file and folder each source is', async () => {
    await write(join(dir, 'machine', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await write(machineFile, { schemaVersion: 1, logo: 'logo.svg' });
    await write(userFile, { schemaVersion: 1, name: 'Riverside Evening' });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(loaded.origin).toEqual({ logo: machineFile, name: userFile });
    expect(loaded.sources).toEqual([
      { scope: 'machine', file: machineFile, status: 'loaded', lessonsDir: join(dir, 'machine', 'lessons') },
      { scope: 'user', file: userFile, status: 'loaded', lessonsDir: join(dir, 'user', 'lessons') },
    ]);
  });

  it('shows no logo from a file it does not use, yet still reports that logo’s problem', async () => {
    await write(join(dir, 'machine', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await write(join(dir, 'user', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
    await write(machineFile, { schemaVersion: 1, logo: 'logo.svg' });
    await write(userFile, { schemaVersion: 1, logo: 'logo.svg', idleLockMinutes: -1 });
    const loaded = await loadClinicConfig(locations());
    expect(loaded.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(loaded.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'idleLockMinutes: use a number no smaller than 0.',
      expect.stringMatching(/^logo: the SVG logo .*user\/logo\.svg contains a script/),
    ]);
  });
});
