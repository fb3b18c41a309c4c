import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CrisisLine, OpenedLesson } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import { expandLesson, lessonOutline } from '../../common/presenter/lessonOutline';
import { planLesson, type LessonPlan } from '../../common/presenter/plan';
import { splitSections, type Section } from '../../common/presenter/sections';
import { lessonComponents } from '../../curriculum/components';
import { call } from '../api/client';
import { useLesson } from '../hooks/useLesson';

/** A lesson ready to present: its sections, its time plan (from the lesson's timing) and the whole-lesson notes. */
export interface PresentedLesson {
  lesson: OpenedLesson;
  sections: Section<ReactNode>[];
  /** Whole minutes for each part and each section. */
  plan: LessonPlan;
  lessonNotes: ReactNode[];
}

export type PresentedLessonState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; presented: PresentedLesson };

/** Opens a lesson in a language and splits it into sections (see common/presenter/sections.ts). */
export function usePresentedLesson(lessonId: string, language?: LessonLanguage): PresentedLessonState {
  const state = useLesson(lessonId, language);
  return useMemo((): PresentedLessonState => {
    if (state.status !== 'ready') return state;
    try {
      const outline = lessonOutline(expandLesson(state.Content, lessonComponents), lessonComponents);
      const sections = splitSections(outline.parts);
      return {
        status: 'ready',
        presented: {
          lesson: state.lesson,
          sections,
          plan: planLesson(sections, state.lesson.frontmatter),
          lessonNotes: outline.lessonNotes,
        },
      };
    } catch (error) {
      return { status: 'error', message: (error as Error).message };
    }
  }, [state]);
}

/** The app's crisis lines in a language (the clinic's own numbers when it has set them). */
export function useAppBasics(language?: LessonLanguage): { crisisLines: CrisisLine[] } | null {
  const [basics, setBasics] = useState<{ crisisLines: CrisisLine[] } | null>(null);
  useEffect(() => {
    let live = true;
    call('getAppInfo', language === undefined ? {} : { language }).then(
      (info) => live && setBasics({ crisisLines: info.crisisLines }),
      (error: Error) => console.error('groundwork: could not read the app settings', error),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return basics;
}
