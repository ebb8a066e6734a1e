package cn.helituan.persistence.message;

import cn.helituan.domain.message.Message;
import cn.helituan.domain.message.Messages;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaMessages extends JpaRepository<Message, Long>, Messages, JpaMessagesBulk {
}
