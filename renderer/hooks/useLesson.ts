import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { useEffect, useState, type ComponentType } from 'react';
import type { OpenedLesson } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import { call } from '../api/client';
import { useLanguage } from '../language/LanguageProvider';

type LessonComponent = ComponentType<{ components: Record<string, unknown> }>;
type LessonModule = {
  default: (react: unknown, reactDom: unknown, jsx: unknown) => { default: LessonComponent };
};

export type LessonState =
  | { status: 'loading' }
  /** `unavailable`: the lesson file is broken; its details are for staff (About page), not this screen. */
  | { status: 'error'; message: string; unavailable: boolean }
  | { status: 'ready'; lesson: OpenedLesson; Content: LessonComponent };

/**
 * Opens a lesson in the language in force and imports its compiled module from
 * the app's own origin. The module is a plain ES module, so no eval is needed and
 * the strict CSP holds. When the language changes, the lesson is opened again in
 * it, and the one on screen stays until the new one is ready. `language`, when
 * given, overrides it: the presenter shows the version the facilitator chose.
 */
export function useLesson(lessonId: string, language?: LessonLanguage): LessonState {
  const [state, setState] = useState<LessonState>({ status: 'loading' });
  const { language: inForce } = useLanguage();
  const asked = language ?? inForce;
  useEffect(() => {
    // The lesson view is keyed by lesson id, so this starts from 'loading' once per lesson.
    let live = true;
    (async () => {
      const lesson = await call('openLesson', { lessonId, language: asked });
      const mod = (await import(/* @vite-ignore */ lesson.moduleUrl)) as LessonModule;
      const Content = mod.default(React, ReactDOM, jsxRuntime).default;
      if (live) setState({ status: 'ready', lesson, Content });
    })().catch(
      (error: Error & { code?: unknown }) =>
        live && setState({ status: 'error', message: error.message, unavailable: error.code === 'lesson-broken' }),
    );
    return () => {
      live = false;
    };
  }, [lessonId, asked]);
  return state;
}
