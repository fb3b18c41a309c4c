import { describe, expect, it } from 'vitest';
import { paperSizes } from '../../common/api';
import { careSummaryParts, progressRequestSchemas } from '../../common/progressApi';

const summaryMethods = ['exportCareSummary', 'printCareSummary'] as const;
const request = { from: '2026-01-01', to: '2026-03-31', include: ['checkIns', 'selfChecks'], paper: 'letter' };

describe.each(summaryMethods)('a care-team summary request (%s)', (method) => {
  const schema = progressRequestSchemas[method];
  const issues = (value: unknown): { path: PropertyKey[]; message: string }[] =>
    schema.safeParse(value).error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

  it('accepts the days, the parts chosen and the paper', () => {
    expect(schema.parse(request)).toEqual(request);
    expect(schema.parse({ ...request, largePrint: true })).toEqual({ ...request, largePrint: true });
  });

  it.each(paperSizes)('accepts %s paper', (paper) => {
    expect(schema.parse({ ...request, paper }).paper).toBe(paper);
  });

  it('refuses a paper size it cannot print', () => {
    expect(issues({ ...request, paper: 'legal' })).toEqual([{ path: ['paper'], message: expect.any(String) }]);
  });

  it('accepts every part once, or none', () => {
    expect(schema.parse({ ...request, include: [...careSummaryParts] }).include).toEqual(careSummaryParts);
    expect(schema.parse({ ...request, include: [] }).include).toEqual([]);
  });

  it('refuses a part it does not know, and more parts than there are', () => {
    expect(issues({ ...request, include: ['diary'] })).toEqual([{ path: ['include', 0], message: expect.any(String) }]);
    const tooMany = [...careSummaryParts, 'checkIns'];
    expect(issues({ ...request, include: tooMany })).toEqual([{ path: ['include'], message: expect.any(String) }]);
  });

  it('accepts a summary of a single day', () => {
    expect(schema.parse({ ...request, from: '2026-03-14', to: '2026-03-14' })).toMatchObject({
      from: '2026-03-14',
      to: '2026-03-14',
    });
  });

  it('refuses a first day after the last, pointing at the first', () => {
    expect(issues({ ...request, from: '2026-04-01', to: '2026-03-31' })).toEqual([
      { path: ['from'], message: 'The first day must not be after the last day.' },
    ]);
    expect(issues({ ...request, from: '2027-01-01', to: '2026-12-31' })).toHaveLength(1);
  });

  it('says only what is wrong with a badly written day, not that it is after the last', () => {
    const found = issues({ ...request, from: '2026-4-1' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((issue) => issue.path[0] === 'from' && !issue.message.includes('after'))).toBe(true);
  });

  it('refuses a day that does not exist', () => {
    expect(issues({ ...request, to: '2026-02-30' })).toEqual([{ path: ['to'], message: expect.any(String) }]);
  });

  it('refuses a request without its days or paper, or with a field it does not know', () => {
    expect(issues({ include: [], paper: 'a4' }).map((i) => i.path)).toEqual([['from'], ['to']]);
    expect(issues({ from: '2026-01-01', to: '2026-03-31', include: [] })).toEqual([
      { path: ['paper'], message: expect.any(String) },
    ]);
    expect(issues({ ...request, recipient: 'dr@example.org' })).toHaveLength(1);
  });
});

describe('the progress overview request', () => {
  it('takes nothing, and refuses anything given', () => {
    expect(progressRequestSchemas.getProgress.parse({})).toEqual({});
    expect(progressRequestSchemas.getProgress.safeParse({ from: '2026-01-01' }).success).toBe(false);
  });
});
