import { defineMessages } from './defineMessages';

/** Words that say which way a KPI is good, where a target is typed (the sidebar's target fields). */
export const kpiDirectionMessages = defineMessages({
  en: {
    /** After the name of a KPI whose direction is `lower` (returns, refusal rate, CAC, sales cycle…). */
    lowerIsBetter: (name: string) => `${name} (lower is better)`,
  },
  ru: {
    lowerIsBetter: (name: string) => `${name} (чем меньше, тем лучше)`,
  },
});
