import type { ImageKind } from "../api/profiles-api";

/** A rectangle of the chosen image, in its own pixels (react-easy-crop's croppedAreaPixels). */
export type PixelArea = { x: number; y: number; width: number; height: number };

/**
 * The frame's shape for each kind, the shape the server keeps (user-profile-service ImageKind): an avatar is square
 * (shown round); a cover is 1640 by 624, as the profile card shows it (profile-card.module.css `.cover`).
 */
export const ASPECT: Record<ImageKind, number> = { avatar: 1, cover: 1640 / 624 };

/** The largest image the server keeps of each kind (user-profile-service ImageKind): larger is only wasted upload. */
export const MAX_SIZE: Record<ImageKind, { width: number; height: number }> = {
  avatar: { width: 512, height: 512 },
  cover: { width: 1640, height: 624 },
};

/** What to draw: the source rectangle, clamped to the image, and the canvas size, scaled down (never up) to fit. */
export function cropPlan(
  kind: ImageKind,
  area: PixelArea,
  image: { width: number; height: number },
): { source: PixelArea; width: number; height: number } {
  const x = clamp(Math.round(area.x), 0, image.width - 1);
  const y = clamp(Math.round(area.y), 0, image.height - 1);
  const source = {
    x,
    y,
    width: clamp(Math.round(area.width), 1, image.width - x),
    height: clamp(Math.round(area.height), 1, image.height - y),
  };
  const max = MAX_SIZE[kind];
  const scale = Math.min(1, max.width / source.width, max.height / source.height);
  return {
    source,
    width: Math.max(1, Math.round(source.width * scale)),
    height: Math.max(1, Math.round(source.height * scale)),
  };
}

/** PNG keeps a PNG's (or GIF's) transparency; anything else becomes JPEG. */
export function outputType(file: File): "image/png" | "image/jpeg" {
  return file.type === "image/png" || file.type === "image/gif" ? "image/png" : "image/jpeg";
}

/** The cropped area of the image as a file to upload, named like the original. */
export async function cropToFile(file: File, image: HTMLImageElement, kind: ImageKind, area: PixelArea): Promise<File> {
  const plan = cropPlan(kind, area, { width: image.naturalWidth, height: image.naturalHeight });
  const canvas = document.createElement("canvas");
  canvas.width = plan.width;
  canvas.height = plan.height;
  const context = canvas.getContext("2d");
  if (!context) {
    throw new Error("This browser cannot crop images.");
  }
  context.imageSmoothingQuality = "high";
  const { source } = plan;
  context.drawImage(image, source.x, source.y, source.width, source.height, 0, 0, plan.width, plan.height);
  const type = outputType(file);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.9));
  if (!blob) {
    throw new Error("The picture could not be cropped.");
  }
  const name = file.name.replace(/\.[^.]*$/, "") + (type === "image/png" ? ".png" : ".jpg");
  return new File([blob], name, { type });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
