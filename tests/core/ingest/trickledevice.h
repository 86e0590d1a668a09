#pragma once

#include <QByteArray>
#include <QIODevice>

/// A sequential device that hands out its bytes a few at a time, as a slow pipe or socket does,
/// so that the streaming readers meet records split across reads at every possible byte.
class TrickleDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrickleDevice)

public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(qMin(max, m_step), qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};
