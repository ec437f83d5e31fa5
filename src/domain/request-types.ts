// The request types of an LLM gateway (spec §7.2); a stream variant is covered by its base type.
export const REQUEST_TYPES = [
  'chat_completion', 'text_completion', 'responses', 'embedding', 'rerank', 'speech', 'transcription',
  'image_generation', 'image_variation', 'image_edit', 'video_generation', 'video_remix',
] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

const STREAM_SUFFIX = '_stream';

/** `chat_completion_stream` -> `chat_completion`; base types unchanged. */
export function baseRequestType(type: string): string {
  return type.endsWith(STREAM_SUFFIX) ? type.slice(0, -STREAM_SUFFIX.length) : type;
}

export function isRequestType(type: string): type is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(type);
}
