package cn.helituan.web.photo;

import cn.helituan.domain.photo.ThumbnailMaker;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The thumbnail job's drawing: {@link PhotoReader#thumbnail}, the image decoded at a step and scaled. */
@Component
class ImageThumbnails implements ThumbnailMaker {

    @Override
    public Optional<byte[]> thumbnail(byte[] image) {
        return PhotoReader.thumbnail(image);
    }
}
