package cn.helituan.persistence.message;

import cn.helituan.domain.message.AnnouncementCount;
import cn.helituan.domain.message.Message;
import cn.helituan.domain.message.Messages;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMessages extends JpaRepository<Message, Long>, Messages, JpaMessagesBulk {

    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Message m set m.readAt = :at where m.accountId = :account and m.readAt is null")
    int readAll(@Param("account") long accountId, @Param("at") Instant at);

    @Override
    @Query("""
            select new cn.helituan.domain.message.AnnouncementCount(m.announcementId, count(m), count(m.readAt))
            from Message m where m.announcementId in :ids group by m.announcementId""")
    List<AnnouncementCount> countAnnouncements(@Param("ids") Collection<Long> announcementIds);
}
