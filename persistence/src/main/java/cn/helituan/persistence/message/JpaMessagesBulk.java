package cn.helituan.persistence.message;

import cn.helituan.domain.message.Message;
import java.util.List;

/** Messages written many at once, in SQL (MessageService.tellAll). */
interface JpaMessagesBulk {

    void insertAll(List<Message> messages);
}
