package cn.helituan.web.photo;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What every record's photo pages share: the messages a refused file is explained in, the size limit
 * ({@code helituan.photo.max-size}) and the zone the capture times are read in (the application's Clock's).
 */
@Component
public final class PhotoSettings {

    private final MessageSource messages;
    private final DataSize maxPhotoSize;
    private final ZoneId zone;

    PhotoSettings(MessageSource messages, @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize,
                  Clock clock) {
        this.messages = messages;
        this.maxPhotoSize = maxPhotoSize;
        this.zone = clock.getZone();
    }

    /** The size limit in MB, as a page says it ("每张不超过 15 MB"). */
    public long maxMegabytes() {
        return maxPhotoSize.toMegabytes();
    }

    MessageSource messages() {
        return messages;
    }

    DataSize maxPhotoSize() {
        return maxPhotoSize;
    }

    ZoneId zone() {
        return zone;
    }
}
