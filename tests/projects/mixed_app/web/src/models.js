// Model choices offered in the settings page.
export const MODELS = [
  { label: "Fast", value: "gpt-4o-mini" },
  { label: "Legacy", value: "gpt-4-32k" },
];
export const DEFAULT_ENGINE = "davinci";
export const AUTHOR = "ada";
