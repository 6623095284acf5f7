import React from "react";

type Props = { model?: string };

export function ModelBadge({ model = "gpt-4-vision-preview" }: Props) {
  return <span title="model">Answers by {model} (formerly gpt-4-32k)</span>;
}
