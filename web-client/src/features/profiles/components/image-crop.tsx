import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import Cropper, { type Area, type Point } from "react-easy-crop";
// The library's own rules as a stylesheet of this chunk: its automatic <style> element is inline style, which the
// gateway's Content-Security-Policy (style-src 'self') refuses.
import "react-easy-crop/react-easy-crop.css";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Banner } from "@/components/states";
import { uploadImage, type ImageKind } from "../api/profiles-api";
import { MY_PROFILE } from "../hooks/use-my-profile";
import { ASPECT, cropToFile } from "../model/crop";
import styles from "./image-upload.module.css";

const MAX_BYTES = 10 * 1024 * 1024;
const MIN_ZOOM = 1;
const MAX_ZOOM = 4;
const ZOOM_STEP = 0.1; // + and − zoom by tenths (rounded so the slider shows 1.2, not 1.2000000000000002)

/**
 * A chosen image in a frame of its kind's shape (an avatar's square shown round, the cover's banner), to move and
 * zoom by pointer, arrow keys, + and − or the zoom slider; the framed part, scaled to what the server keeps, is
 * uploaded. Loaded with the profile page's image chooser only when an image is chosen (a chunk of its own).
 */
export default function ImageCrop({ kind, file, onDone }: { kind: ImageKind; file: File; onDone: () => void }) {
  const queryClient = useQueryClient();
  const hintId = useId();
  const [url, setUrl] = useState<string>();
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const area = useRef<Area>(undefined);
  const image = useRef<RefObject<HTMLImageElement | null>>(undefined);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(file);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  const upload = useMutation({
    mutationFn: async () => {
      const img = image.current?.current;
      if (!img || !area.current) {
        throw new Error("The picture is still loading.");
      }
      return uploadImage(kind, await cropToFile(file, img, kind, area.current));
    },
    onSuccess: (profile) => {
      queryClient.setQueryData(MY_PROFILE, profile);
      onDone();
    },
  });
  const zoomBy = (delta: number) =>
    setZoom((current) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round((current + delta) * 10) / 10)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement) {
      return;
    }
    if (event.key === "+" || event.key === "=") {
      zoomBy(ZOOM_STEP);
      event.preventDefault();
    } else if (event.key === "-" || event.key === "_") {
      zoomBy(-ZOOM_STEP);
      event.preventDefault();
    }
  };
  const tooLarge = file.size > MAX_BYTES;
  const title = kind === "avatar" ? "New profile picture" : "New cover photo";
  return (
    <section className={styles.preview} aria-label={title}>
      <h2>{title}</h2>
      <p id={hintId} className={styles.hint}>
        Drag the picture or use the arrow keys to choose what shows in the frame; zoom with the slider or + and −.
      </p>
      {url ? (
        // The crop frame handles the arrow keys itself; + and − pressed in it reach this.
        <div className={kind === "avatar" ? styles.cropAvatar : styles.cropCover} onKeyDown={onKeyDown}>
          <Cropper
            image={url}
            crop={crop}
            zoom={zoom}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            aspect={ASPECT[kind]}
            cropShape={kind === "avatar" ? "round" : "rect"}
            showGrid={false}
            disableAutomaticStylesInjection
            onCropChange={setCrop}
            onZoomChange={setZoom}
            onCropComplete={(_, pixels) => {
              area.current = pixels;
            }}
            setImageRef={(ref) => {
              image.current = ref;
            }}
            mediaProps={{ alt: `The ${title.toLowerCase()}, to frame` }}
            cropperProps={{
              role: "group",
              "aria-label": kind === "avatar" ? "Profile picture frame" : "Cover frame",
              "aria-describedby": hintId,
            }}
          />
        </div>
      ) : null}
      <label className={styles.zoom}>
        Zoom
        <input
          type="range"
          min={MIN_ZOOM}
          max={MAX_ZOOM}
          step={ZOOM_STEP}
          value={zoom}
          aria-valuetext={`${Math.round(zoom * 100)}%`}
          onChange={(event) => setZoom(Number(event.target.value))}
        />
      </label>
      {tooLarge ? <Banner>This image is larger than 10 MB. Please choose a smaller one.</Banner> : null}
      {upload.isError ? <Banner>{messageOf(upload.error)}</Banner> : null}
      <div className={styles.row}>
        <Button variant="secondary" onClick={onDone} disabled={upload.isPending}>
          Cancel
        </Button>
        <Button onClick={() => upload.mutate()} disabled={upload.isPending || tooLarge}>
          {upload.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </section>
  );
}
