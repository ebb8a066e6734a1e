package cn.helituan.domain.photo;

import java.util.Optional;

/** Draws a photo's JPEG thumbnail from its image (the web layer's image reading implements it). */
public interface ThumbnailMaker {

    /** The thumbnail; empty when the image does not decode (damaged or cut inside its data). */
    Optional<byte[]> thumbnail(byte[] image);
}
