package dev.facet.shared.database;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's DataSource so that every statement is counted on the thread that sent it
 * ({@link StatementCounter}), with the time it took. The cost is two thread-local updates per statement.
 */
@Configuration(proxyBeanMethods = false)
class StatementCounting {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new CountingListener())
                            .build();
                }
                return bean;
            }
        };
    }

    private static final class CountingListener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            StatementCounter.starting();
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            StatementCounter.sent();
        }
    }
}
